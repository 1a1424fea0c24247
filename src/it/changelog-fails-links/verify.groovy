// Links: [1.1.0] has no link reference, [0.9.0] belongs to no heading, and [1.2.0] compares
// from v1.0.0 instead of the release below it, v1.1.0. The others are right.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-links: devflow changelog gate failed: changelog 3 problems') }
assert failed >= 0

block([
        '[INFO] devflow changelog: FAILED — changelog 3 problems',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      3  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 6) == [
        '[ERROR]   3 problems in CHANGELOG.md, expected none: fix the lines below.',
        "[ERROR]   CHANGELOG.md:15  [1.1.0] has no link reference; add '[1.1.0]: <compare or tag URL>' at the bottom.",
        '[ERROR]   CHANGELOG.md:28  [1.2.0] compares v1.0.0...v1.2.0, but should compare v1.1.0...v1.2.0.',
        '[ERROR]   CHANGELOG.md:30  link reference [0.9.0] belongs to no heading; remove it or add the release.',
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'changelog 3 problems'
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [
        ['changelog.links', 'ERROR', 'CHANGELOG.md', 15],
        ['changelog.compare-links', 'ERROR', 'CHANGELOG.md', 28],
        ['changelog.links', 'ERROR', 'CHANGELOG.md', 30],
]
