// GITLAB_CI=true: target/devflow/gl-code-quality-report.json lists the changelog and lint errors
// in GitLab's Code Quality format (paths from the repository root, a stable fingerprint each),
// which GitLab shows in the merge request. The check execution selects the two gates.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')

assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .*:check \(default\) on project check-fails-gitlab-code-quality: / +
        /devflow: 2 gates failed: changelog, lint/ }
assert !lines.any { it.startsWith('::') }
assert !lines.any { it.startsWith('[INFO] devflow version:') || it.startsWith('[INFO] devflow coverage:') }

def issues = new JsonSlurper().parse(new File(devflow, 'gl-code-quality-report.json'), 'UTF-8')
assert issues instanceof List && issues.size() == 2
assert issues.collect { it.findAll { it.key != 'fingerprint' } } == [
        [description: "'### Bug Fixes' is not a change type; use one of Added, Changed, Deprecated, Removed, Fixed, Security.",
         check_name : 'changelog.section', severity: 'major', location: [path: 'CHANGELOG.md', lines: [begin: 5]]],
        [description: "UnusedPrivateField  Avoid unused private fields such as 'reserved'.",
         check_name : 'lint.UnusedPrivateField', severity: 'major',
         location   : [path: 'src/main/java/it/gl/Ledger.java', lines: [begin: 6]]],
]
assert issues.every { it.fingerprint ==~ /[0-9a-f]{32}/ }
assert issues*.fingerprint.unique().size() == 2

def report = new JsonSlurper().parse(new File(devflow, 'report.json'), 'UTF-8')
assert report.gates*.gate == ['changelog', 'lint']
