// No CHANGELOG.md (failIfMissing defaults to true): one error naming the file, and where it was looked for.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def changelog = new File(basedir, 'CHANGELOG.md')
assert !changelog.exists()
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-missing-file: devflow changelog gate failed: changelog 1 problem') }
assert failed >= 0
def missing = 'there is no changelog at ' + changelog.path + '; create it (Keep a Changelog 1.1.0) or point' +
        ' devflow.changelog.file at it.'

block([
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      1  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 problem in CHANGELOG.md, expected none: fix the lines below.',
        '[ERROR]   CHANGELOG.md  ' + missing,
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'changelog 1 problem'
assert json.findings.size() == 1
def finding = json.findings[0]
assert finding.rule == 'changelog.missing' && finding.severity == 'ERROR' && finding.message == missing
assert finding.path == 'CHANGELOG.md' && finding.line == 0 && finding.endLine == 0
assert json.details == [:]
