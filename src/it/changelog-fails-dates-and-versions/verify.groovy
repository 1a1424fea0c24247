// A release dated in the future (2999-01-01), a version that is not SemVer ([4.5]), a day that
// does not exist (2026-02-30) and a release without date: one error each, at its heading.
import groovy.json.JsonSlurper
import java.time.LocalDate

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-dates-and-versions: devflow changelog gate failed: changelog 4 problems') }
assert failed >= 0

block([
        '[INFO] devflow changelog: FAILED — changelog 4 problems',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      4  ≤ 0         MISSED (0 warnings)',
])
// "today" is the build's day; the build may have started just before midnight.
def future = [LocalDate.now(), LocalDate.now().minusDays(1)].collect {
    "[ERROR]   CHANGELOG.md:9  release 2.0.0 is dated 2999-01-01, in the future (today is $it).".toString()
}
assert future.contains(lines[failed + 2])
assert lines.subList(failed + 1, failed + 7) == [
        '[ERROR]   4 problems in CHANGELOG.md, expected none: fix the lines below.',
        lines[failed + 2],
        "[ERROR]   CHANGELOG.md:15  '4.5' is not a Semantic Versioning 2.0.0 version (MAJOR.MINOR.PATCH, such as 1.4.0 or 2.0.0-rc.1).",
        "[ERROR]   CHANGELOG.md:21  '2026-02-30' is not a date of the form YYYY-MM-DD that exists.",
        "[ERROR]   CHANGELOG.md:27  release 1.0.0 has no date; write '## [1.0.0] - YYYY-MM-DD'.",
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'changelog 4 problems'
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [
        ['changelog.date', 'ERROR', 'CHANGELOG.md', 9],
        ['changelog.version', 'ERROR', 'CHANGELOG.md', 15],
        ['changelog.date', 'ERROR', 'CHANGELOG.md', 21],
        ['changelog.date', 'ERROR', 'CHANGELOG.md', 27],
]
assert json.details == [releases: 4, latestRelease: '2.0.0', unreleasedEntries: 1]
