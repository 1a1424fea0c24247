// Structure: [Unreleased] below a release, '## Highlights', '### Bug Fixes', '### Added' twice
// in one release, an empty '### Removed', release 1.2.0 pasted twice, a release without changes.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-structure: devflow changelog gate failed: changelog 7 problems') }
assert failed >= 0

block([
        '[INFO] devflow changelog: FAILED — changelog 7 problems',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      7  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 10) == [
        '[ERROR]   7 problems in CHANGELOG.md, expected none: fix the lines below.',
        "[ERROR]   CHANGELOG.md:9  '[Unreleased]' must be the first section, above 1.3.0.",
        "[ERROR]   CHANGELOG.md:15  '## Highlights' is not a release heading; level-two headings are '## [X.Y.Z] - YYYY-MM-DD' or '## [Unreleased]' (use ### or plain text for other titles).",
        "[ERROR]   CHANGELOG.md:21  '### Bug Fixes' is not a change type; use one of Added, Changed, Deprecated, Removed, Fixed, Security.",
        "[ERROR]   CHANGELOG.md:29  '### Added' appears twice in 1.2.0 (first at line 25); group the entries under one heading.",
        "[ERROR]   CHANGELOG.md:33  '### Removed' has no entries; add one or remove the heading.",
        '[ERROR]   CHANGELOG.md:35  release 1.2.0 appears twice, first at line 19; merge the two.',
        '[ERROR]   CHANGELOG.md:41  release 1.1.0 lists no changes.',
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'changelog 7 problems'
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [
        ['changelog.unreleased', 'ERROR', 'CHANGELOG.md', 9],
        ['changelog.heading', 'ERROR', 'CHANGELOG.md', 15],
        ['changelog.section', 'ERROR', 'CHANGELOG.md', 21],
        ['changelog.section', 'ERROR', 'CHANGELOG.md', 29],
        ['changelog.empty', 'ERROR', 'CHANGELOG.md', 33],
        ['changelog.duplicate-release', 'ERROR', 'CHANGELOG.md', 35],
        ['changelog.empty', 'ERROR', 'CHANGELOG.md', 41],
]
assert json.details == [releases: 4, latestRelease: '1.3.0', unreleasedEntries: 1]
