// A CRLF file whose line 9 holds an ISO-8859-1 byte (see setup.groovy): one error naming line 9
// (CRLF does not shift the count; the valid UTF-8 "é" on line 7 is not blamed).
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-crlf-and-encoding: devflow changelog gate failed: changelog 1 problem') }
assert failed >= 0

block([
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      1  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 problem in CHANGELOG.md, expected none: fix the lines below.',
        '[ERROR]   CHANGELOG.md:9  the line is not UTF-8 text; save the file as UTF-8.',
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [['changelog.encoding', 'ERROR', 'CHANGELOG.md', 9]]
