// BasketTest#flakyOnFirstRun fails on its first run and passes on Surefire's rerun: build 1 warns
// and passes, build 2 (failOnFlaky=true) fails naming the test, its reruns and its report.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def report = 'target/surefire-reports/TEST-it.flaky.BasketTest.xml'
def message = 'it.flaky.BasketTest#flakyOnFirstRun passed only after 1 failed run (unit): a flaky test; make it' +
        " deterministic; report $report."
// placed at the test's method in the module's sources
def method = 'src/test/java/it/flaky/BasketTest.java:20'

// Surefire itself calls it flaky and passes the build
assert first.any { it.contains('Flakes: 1') }
assert first.contains('[INFO] devflow test-results: passed with warnings — 2 tests, 0 failed, 0 skipped, 1 flaky')
assert first.contains("[WARNING] $method  $message".toString())
assert first.contains('[INFO] BUILD SUCCESS')

assert second.contains('[INFO] devflow test-results: FAILED — 2 tests, 0 failed, 0 skipped, 1 flaky')
assert second.contains("[ERROR]   $method  $message".toString())
assert second.contains('[INFO] BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/test-results.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.message, "$it.path:$it.line".toString()] } ==
        [['test-results.flaky', 'ERROR', message, method]]
assert json.details.layers.unit.flaky == 1
