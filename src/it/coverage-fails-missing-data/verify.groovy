// Only the coverage goal runs: the tests run without an agent, so there is no execution data,
// and a module with classes but no data fails (failOnMissingData defaults to true).
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def report = new File(basedir, 'target/devflow/coverage.json')

assert hasLine('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !new File(basedir, 'target/jacoco.exec').exists()
assert !lines.any { it.contains('devflow coverage-agent') }

assert hasLine('[INFO] devflow coverage: FAILED — no coverage data')
assert lines.any { it ==~ /\[ERROR\] Failed to execute goal .* on project coverage-fails-missing-data: devflow coverage gate failed: no coverage data/ }
def message = lines.find { it.startsWith('[ERROR]   classes exist but no JaCoCo execution data (*.exec) was found for them') }
assert message : 'missing-data message'
assert message.contains('coverage cannot be measured')
assert message.contains('neither devflow:coverage-agent nor jacoco:prepare-agent runs in this module')
assert message.contains("the surefire/failsafe <argLine> replaces the agent (write it as '@{argLine} …')")
assert message.contains('-DskipTests')
assert message.contains('-Ddevflow.coverage.failOnMissingData=false')
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'no coverage data'
assert json.measurements == []
assert json.findings.size() == 1
assert json.findings[0].rule == 'coverage.missing-data' && json.findings[0].severity == 'ERROR'
assert '[ERROR]   ' + json.findings[0].message == message
assert json.details.execFiles == []
assert json.details.classesDirectories == [new File(basedir, 'target/classes').path]
