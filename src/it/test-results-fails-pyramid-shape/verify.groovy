// The pyramid is out of shape (both shares outside their tolerance) and the unit tests are over
// their per-test budget: each is named, with the numbers.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it.contains('the unit tests are 0.67 of all tests (2 of 3), expected 0.90 ± 0.10: the pyramid is out of shape.') }
assert lines.any { it.contains('the integration tests are 0.33 of all tests (1 of 3), expected 0.10 ± 0.10: the pyramid is out of shape.') }
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/test-results.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.measurements.findAll { it.name.startsWith('share of') }.collect { [it.name, it.value, it.met] } ==
        [['share of unit', '0.67', false], ['share of integration', '0.33', false]]
def slow = json.findings.findAll { it.rule == 'test-results.slow' }
// a trivial test can take under the millisecond Surefire measures in: at least one is over 0 s
assert slow.size() in [1, 2]
assert slow.every { it.message ==~ /it\.pyramid\.PricesTest#\w+ took [\d.]+ s, over the unit budget of 0 s per test;/ +
        / report target\/surefire-reports\/TEST-it\.pyramid\.PricesTest\.xml\./ }
// at each test's method in the module's sources
assert slow.every { it.path == 'src/test/java/it/pyramid/PricesTest.java' && it.line in [10, 15] }
