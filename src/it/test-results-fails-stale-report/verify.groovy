// The report left from an earlier build is named as stale; this build's own report counts.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def stale = 'target/failsafe-reports/TEST-shop.CartTest.xml  the report is older than the module\'s newest test' +
        ' class, so it is from an earlier build; run the tests again (mvn clean verify).'
assert lines.any { it.startsWith('[INFO] devflow test-results: FAILED — ') }
assert lines.contains('[ERROR]   ' + stale)
assert lines.contains('[INFO] BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/test-results.json'), 'UTF-8')
assert json.findings.findAll { it.rule == 'test-results.stale' }*.path == ['target/failsafe-reports/TEST-shop.CartTest.xml']
assert json.details.layers.unit.tests == 1
