// The only violation is in src/test/java. Build 1 (default: main sources only) passes; build 2
// with -Ddevflow.lint.includeTests=true fails on it. Both builds log to build.log.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/lint.json')
def violation = "src/test/java/it/tests/GreeterFixtures.java:5:16  UnusedLocalVariable  Avoid unused local variables" +
        " such as 'spare'."

int success = lines.indexOf('[INFO] BUILD SUCCESS')
int failure = lines.indexOf('[INFO] BUILD FAILURE')
assert success >= 0 && failure > success : 'build 1 must pass, build 2 fail'
def first = lines.subList(0, success)
def second = lines.subList(success, lines.size())

assert first.contains('[INFO] devflow lint: passed — 0 violations within limits')
assert !first.any { it.contains('GreeterFixtures') }

assert second.contains('[INFO] devflow lint: FAILED — 1 violation; 1 limit missed')
assert second.any { it ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on / +
        /project lint-fails-test-sources-included: devflow lint gate failed: 1 violation; 1 limit missed/ }
assert second.contains('[ERROR]   ' + violation)
assert second.contains('[ERROR] Full report: ' + report.path)

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
// each finding carries its fingerprint, the identity the baseline records
assert json.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert json.findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [[rule: 'lint.UnusedLocalVariable', severity: 'ERROR',
                          message: "UnusedLocalVariable  Avoid unused local variables such as 'spare'.",
                          path: 'src/test/java/it/tests/GreeterFixtures.java', line: 5, endLine: 5, column: 16]]
