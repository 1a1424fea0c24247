// <version>${revision}</version> with revision 1.4.0-SNAPSHOT: the gate judges the resolved
// version, not the expression, and passes.
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
assert !lines.any { it.contains('${revision}') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.findings == []
assert json.details.version == '1.4.0-SNAPSHOT'
assert json.details == [version: '1.4.0-SNAPSHOT', latestChangelogRelease: '1.3.0', latestTag: '1.3.0']
