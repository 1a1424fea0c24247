// Branch feature changed src/main/java/A.java since main and added an [Unreleased] entry: passes.
import groovy.json.JsonSlurper

// The fixture itself: HEAD is branch feature, where A.java and CHANGELOG.md differ from main.
def diff = ['git', 'diff', '--name-only', 'main', 'HEAD'].execute(null, basedir)
assert diff.text.readLines() == ['CHANGELOG.md', 'src/main/java/A.java']
assert diff.waitFor() == 0

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
assert !lines.any { it.contains('change-without-entry') || it.contains('[Unreleased]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.findings == []
assert json.details == [releases: 1, latestRelease: '1.0.0', unreleasedEntries: 2]
