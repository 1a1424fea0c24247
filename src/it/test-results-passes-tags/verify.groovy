// Tags and a class-name pattern sorted the Surefire-run tests into layers in each module, and
// check's reactor table summed them: lib 2 unit + 2 integration (class tag), app 3 unit +
// 1 smoke (method tag) + 1 e2e (*E2ETest).
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD SUCCESS')

def layersOf = { String module ->
    def report = new JsonSlurper().parse(new File(basedir, "${module}/target/devflow/report.json"), 'UTF-8')
    def gate = report.gates.find { it.gate == 'test-results' }
    assert gate.status == 'PASSED'
    gate.details.layers
}
def lib = layersOf('lib')
assert lib.keySet() as List == ['unit', 'integration']
assert lib.unit.tests == 2 && lib.integration.tests == 2
def app = layersOf('app')
assert app.keySet() as List == ['unit', 'integration', 'smoke', 'e2e']
assert app.unit.tests == 3 && app.smoke.tests == 1 && app.e2e.tests == 1 && app.integration.tests == 0

int table = lines.findIndexOf { it == '[INFO] devflow test layers of the reactor: 9 tests in 2 modules' }
assert table > 0
def rows = lines.subList(table + 1, table + 6)
assert rows[0] ==~ /\[INFO\]   layer +tests +share +failed +skipped +flaky +time/
assert rows[1] ==~ /\[INFO\]   unit +5 +0\.56 +0 +0 +0 +\d+\.\d s/
assert rows[2] ==~ /\[INFO\]   integration +2 +0\.22 +0 +0 +0 +\d+\.\d s/
assert rows[3] ==~ /\[INFO\]   smoke +1 +0\.11 +0 +0 +0 +\d+\.\d s/
assert rows[4] ==~ /\[INFO\]   e2e +1 +0\.11 +0 +0 +0 +\d+\.\d s/
