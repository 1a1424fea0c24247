// Version 1.4.0-rc.1 switches requireUnreleasedEntries on by itself: the empty [Unreleased]
// (line 3) fails, although the file is otherwise valid.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-release-candidate-empty-unreleased: devflow changelog gate failed: changelog 1 problem') }
assert failed >= 0
def message = "'[Unreleased]' has no entries, but the next release needs them; add what changed under ### Added," +
        ' Changed, Fixed, …'

block([
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      1  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 problem in CHANGELOG.md, expected none: fix the lines below.',
        '[ERROR]   CHANGELOG.md:3  ' + message,
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } ==
        [['changelog.unreleased-entries', 'ERROR', message, 'CHANGELOG.md', 3]]
assert json.details == [releases: 1, latestRelease: '1.3.0', unreleasedEntries: 0]
