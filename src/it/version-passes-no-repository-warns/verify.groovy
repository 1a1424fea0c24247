// No repository is found (GIT_CEILING_DIRECTORIES, see invoker.properties) and
// failOnGitProblem=false: the tags are "unknown", one warning without a place, status WARNED.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/version.json')
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
assert !new File(basedir, '.git').exists()
// The warning does not ask for the setting that is already made.
def warning = 'the tags could not be compared: ' + basedir.path + ' is not inside a git repository.'

block([
        '[INFO] devflow version: passed with warnings — version 1.4.0-SNAPSHOT, 0 problems',
        '[INFO]   measure                            value  threshold',
        '[INFO]   version                   1.4.0-SNAPSHOT              snapshot',
        '[INFO]   latest changelog release           1.3.0',
        '[INFO]   latest tag                       unknown',
        '[INFO]   problems                               0  ≤ 0         ok',
        '[WARNING] ' + warning,
        '[INFO] Full report: ' + report.path,
])
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'WARNED'
assert json.headline == 'version 1.4.0-SNAPSHOT, 0 problems'
assert json.findings == [[rule: 'version.git', severity: 'WARNING', message: warning]]
assert json.details == [version: '1.4.0-SNAPSHOT', latestChangelogRelease: '1.3.0', latestTag: '']
