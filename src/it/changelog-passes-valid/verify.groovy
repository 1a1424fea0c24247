// A Keep a Changelog 1.1.0 file with compare links, a multi-line entry and prose under the
// title: no finding, the table on success, the report path.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}

block([
        '[INFO] devflow changelog: passed — changelog 0 problems',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      0  ≤ 0         ok (0 warnings)',
        '[INFO] Full report: ' + report.path,
])
assert !lines.any { it.startsWith('[WARNING]') && it.contains('CHANGELOG.md') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.schemaVersion == 1
assert json.gate == 'changelog'
assert json.status == 'PASSED'
assert json.headline == 'changelog 0 problems'
assert json.measurements.size() == 1
def problems = json.measurements[0]
assert problems.name == 'problems' && problems.value == '0' && problems.detail == '0 warnings'
assert problems.threshold == [maximum: 0] && problems.met == true && problems.message == null
assert json.findings == []
assert json.details == [releases: 2, latestRelease: '1.1.0', unreleasedEntries: 1]
