// Branch feature changed src/main/java/A.java since its merge-base with main but left
// [Unreleased] (line 3) as it was on main, one old entry: the change says nothing to users.
import groovy.json.JsonSlurper

// The fixture itself: HEAD is branch feature, where only A.java differs from main.
def diff = ['git', 'diff', '--name-only', 'main', 'HEAD'].execute(null, basedir)
assert diff.text.readLines() == ['src/main/java/A.java']
assert diff.waitFor() == 0

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-change-without-entry: devflow changelog gate failed: changelog 1 problem') }
assert failed >= 0
def message = 'the change since main touches 1 main source file (src/main/java/A.java), but adds no entry under' +
        " [Unreleased]; say what changed for the project's users (### Added, Changed, Fixed, …)."

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
assert json.findings.size() == 1
def finding = json.findings[0]
assert finding.rule == 'changelog.change-without-entry' && finding.severity == 'ERROR' && finding.message == message
assert finding.path == 'CHANGELOG.md' && finding.line == 3
assert json.details == [releases: 1, latestRelease: '1.0.0', unreleasedEntries: 1]
