// The gate read Surefire's configured report folder, and failed on both rules, each named with
// its numbers: two @Disabled tests (at most one allowed), and no integration test at all.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD FAILURE')
assert new File(basedir, 'target/test-reports/unit/TEST-it.pyramid.PricesTest.xml').isFile()
assert !new File(basedir, 'target/surefire-reports').exists()
assert lines.any { it.contains('2 tests skipped, at most 1 allowed: run them or remove them.') }
assert lines.any { it.contains('the integration layer ran 0 tests, at least 1 expected: add them, or check that their'
        + ' plugin runs and writes to the layer\'s folder.') }

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/test-results.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '3 tests, 0 failed, 2 skipped, 0 flaky'
assert json.measurements.findAll { !it.met }.collect { [it.name, it.value] } ==
        [['skipped tests', '2'], ['tests in integration', '0']]
assert json.details.layers.unit.tests == 3 && json.details.layers.unit.skipped == 2
assert json.details.layers.integration.tests == 0
