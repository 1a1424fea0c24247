// Tolerated forms pass with one warning each, at its line: '# Change Log', '## [v1.2.3]',
// '### FIXED', an unbracketed '## 1.2.2'. Status WARNED.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}

block([
        '[INFO] devflow changelog: passed with warnings — changelog 0 problems, 4 warnings',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      0  ≤ 0         ok (4 warnings)',
        "[WARNING] CHANGELOG.md:1  the title is 'Change Log'; Keep a Changelog uses '# Changelog'.",
        "[WARNING] CHANGELOG.md:9  write the version without 'v': [1.2.3].",
        "[WARNING] CHANGELOG.md:11  write '### Fixed'.",
        '[WARNING] CHANGELOG.md:15  write the version in brackets, as a link: [1.2.2].',
        '[INFO] Full report: ' + report.path,
])
assert !lines.any { it.startsWith('[ERROR]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'WARNED'
assert json.headline == 'changelog 0 problems, 4 warnings'
assert json.measurements[0].value == '0' && json.measurements[0].detail == '4 warnings' && json.measurements[0].met
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [
        ['changelog.title', 'WARNING', 'CHANGELOG.md', 1],
        ['changelog.version', 'WARNING', 'CHANGELOG.md', 9],
        ['changelog.section', 'WARNING', 'CHANGELOG.md', 11],
        ['changelog.version', 'WARNING', 'CHANGELOG.md', 15],
]
assert json.details == [releases: 2, latestRelease: '1.2.3', unreleasedEntries: 1]
