// Surefire ran two unit tests, Failsafe one integration test; the gate read both report folders
// and shows the layers: counts, shares, the slowest tests.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2
def lines = all.subList(starts[0], starts[1])
def check = all.subList(starts[1], all.size())
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.contains('[INFO] devflow test-results: passed — 3 tests, 0 failed, 0 skipped, 0 flaky')
// the gate ran after Failsafe wrote its report
int failsafe = lines.findIndexOf { it.contains('maven-failsafe-plugin') || it.contains('--- failsafe:') }
int gate = lines.findIndexOf { it.startsWith('[INFO] devflow test-results:') }
assert failsafe >= 0 && gate > failsafe

def report = new File(basedir, 'target/devflow/test-results.json')
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.findings == []
assert json.details.layers.unit.tests == 2 && json.details.layers.unit.failed == 0
assert json.details.layers.integration.tests == 1
assert json.details.layers.unit.share == 0.67 && json.details.layers.integration.share == 0.33
assert json.details.slowest.size() == 3
assert json.details.slowest.every { it ==~ /it\.pyramid\.Prices(Test|IT)#\w+ [\d.]+ s/ }

// build 2: check runs the gate as its goal would, in its table and report.json
assert check.contains('[INFO] BUILD SUCCESS')
assert check.any { it ==~ /\[INFO\]   test-results +passed +3 tests, 0 failed, 0 skipped, 0 flaky +\d+\.\d s/ }
def checkReport = new JsonSlurper().parse(new File(basedir, 'target/devflow/report.json'), 'UTF-8')
assert checkReport.gates*.gate == ['test-results'] && checkReport.status == 'PASSED'
