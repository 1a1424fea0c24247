// -Ddevflow.changelog.baseRef=origin/main in a repository without that ref: the check cannot run,
// which fails (failOnGitProblem defaults to true) with what to do; the file itself is valid.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':changelog (default) on project changelog-fails-unknown-base-ref: devflow changelog gate failed: changelog 1 problem') }
assert failed >= 0
def message = "the change-without-entry check could not run: 'origin/main' is not a branch, tag or commit here;" +
        ' the refs here are main. Fetch it first (git fetch origin, or actions/checkout: fetch-depth: 0) or name an' +
        ' existing ref. Set devflow.changelog.failOnGitProblem=false to only warn.'

block([
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO]   measure   value  threshold',
        '[INFO]   problems      1  ≤ 0         MISSED (0 warnings)',
])
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   1 problem in CHANGELOG.md, expected none: fix the lines below.',
        '[ERROR]   CHANGELOG.md  ' + message,
        '[ERROR] Full report: ' + report.path,
]
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.message, it.path, it.line] } ==
        [['changelog.git', 'ERROR', message, 'CHANGELOG.md', 0]]
