// 1.4.0-SNAPSHOT is ahead of changelog release 1.3.0 and tag v1.3.0: passes, the table shows all three.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/version.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
// The line of the first pom line holding text, as the findings name it.
def lineOf = { String pom, String text ->
    def at = new File(basedir, pom).readLines('UTF-8').findIndexOf { it.contains(text) }
    assert at >= 0 : "$pom has no '$text'"
    at + 1
}

block([
        '[INFO] devflow version: passed — version 1.4.0-SNAPSHOT, 0 problems',
        '[INFO]   measure                            value  threshold',
        '[INFO]   version                   1.4.0-SNAPSHOT              snapshot',
        '[INFO]   latest changelog release           1.3.0',
        '[INFO]   latest tag                         1.3.0',
        '[INFO]   problems                               0  ≤ 0         ok',
        '[INFO] Full report: ' + report.path,
])
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.gate == 'version'
assert json.status == 'PASSED'
assert json.headline == 'version 1.4.0-SNAPSHOT, 0 problems'
assert json.measurements.collect { [it.name, it.value, it.detail] } == [
        ['version', '1.4.0-SNAPSHOT', 'snapshot'],
        ['latest changelog release', '1.3.0', ''],
        ['latest tag', '1.3.0', ''],
        ['problems', '0', ''],
]
assert json.measurements[3].threshold == [maximum: 0] && json.measurements[3].met == true
assert json.measurements[3].message == null
assert json.findings == []
assert json.details == [version: '1.4.0-SNAPSHOT', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
