// Built with -DskipTests: the module has test sources and no report. Build 1 fails saying the tests
// did not run and where it looked; build 2, with failOnSkippedTests=false, passes with that warning.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def reason = 'tests did not run: the module has test sources but no TEST-*.xml report in target/surefire-reports,' +
        ' target/failsafe-reports (skipped with -DskipTests or -Dmaven.test.skip, or Surefire writes its reports elsewhere).'

assert first.any { it.contains('Tests are skipped.') }
assert first.any { it.startsWith('[INFO] devflow test-results: FAILED — skipped: tests did not run') }
assert first.any { it.startsWith('[ERROR]') && it.contains(reason + ' Run the tests, point devflow.test-results.layers' +
        ' at the reports, or set devflow.test-results.failOnSkippedTests=false to only warn.') }
assert first.contains('[INFO] BUILD FAILURE')
assert !first.any { it.contains('passed — 0 tests') }

assert second.any { it.startsWith('[WARNING]') && it.contains(reason) }
assert second.contains('[INFO] BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/test-results.json'), 'UTF-8')
assert json.status == 'WARNED' && json.headline == 'skipped: tests did not run'
assert json.findings*.rule == ['test-results.not-run']
