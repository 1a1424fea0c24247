// The file of changelog-passes-tolerated-forms with -Ddevflow.changelog.strict=true: each of
// its four warnings is an error, marked (strict), and the build fails.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-strict: devflow changelog gate failed: changelog 4 problems') }
assert failed >= 0

block([
        '[INFO] devflow changelog: FAILED — changelog 4 problems',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      4  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 7) == [
        '[ERROR]   4 problems in CHANGELOG.md, expected none: fix the lines below.',
        "[ERROR]   CHANGELOG.md:1  the title is 'Change Log'; Keep a Changelog uses '# Changelog'. (strict)",
        "[ERROR]   CHANGELOG.md:9  write the version without 'v': [1.2.3]. (strict)",
        "[ERROR]   CHANGELOG.md:11  write '### Fixed'. (strict)",
        '[ERROR]   CHANGELOG.md:15  write the version in brackets, as a link: [1.2.2]. (strict)',
        '[ERROR] Full report: ' + report.path,
]
assert !lines.any { it.startsWith('[WARNING]') && it.contains('CHANGELOG.md') }
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'changelog 4 problems'
assert json.measurements[0].value == '4' && json.measurements[0].met == false
assert json.measurements[0].message == '4 problems in CHANGELOG.md, expected none: fix the lines below.'
assert json.findings.collect { [it.rule, it.severity, it.line] } == [
        ['changelog.title', 'ERROR', 1],
        ['changelog.version', 'ERROR', 9],
        ['changelog.section', 'ERROR', 11],
        ['changelog.version', 'ERROR', 15],
]
assert json.findings.every { it.message.endsWith(' (strict)') && it.path == 'CHANGELOG.md' }
