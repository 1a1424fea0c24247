// Build 1 runs the tests under the agent and passes. Build 2 compiles a changed Greeter from
// src/changed/java and skips the tests, so target/jacoco.exec describes other bytecode for
// Greeter (Counter is unchanged and still matches). Both builds log to build.log.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def report = new File(basedir, 'target/devflow/coverage.json')
def stale = 'it.stale.Greeter does not match the execution data recorded for it: the class was recompiled after' +
        ' the tests ran (stale target/classes). Rebuild from clean: mvn clean verify.'

int success = lines.indexOf('[INFO] BUILD SUCCESS')
int failure = lines.indexOf('[INFO] BUILD FAILURE')
assert success >= 0 && failure > success : 'build 1 must pass, build 2 fail'
def first = lines.subList(0, success)
def second = lines.subList(success, lines.size())
assert first.contains('[INFO] devflow coverage: passed — line coverage 1.00; the 1 rule limit holds')
assert first.contains('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert second.contains('[INFO] Tests are skipped.')

assert second.any { it.startsWith('[INFO] devflow coverage: FAILED — ') && it.endsWith('; 1 input problem') }
// the stale class is not offered as "where to start": its lines are unknown, not missed
assert !second.any { it.contains('it/stale/Greeter.java') }
assert second.any { it ==~ /\[ERROR\] Failed to execute goal .* on project coverage-fails-stale-classes: devflow coverage gate failed: .*/ }
assert second.contains('[ERROR]   ' + stale)
assert !lines.any { it.contains('it.stale.Counter does not match') }
assert second.contains('[ERROR] Full report: ' + report.path)

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
def errors = json.findings.findAll { it.severity == 'ERROR' }
assert errors.size() == 1
assert errors[0].rule == 'coverage.stale-class' && errors[0].message == stale
// Greeter's data no longer applies; Counter's still does.
assert json.details.counters.CLASS == [missed: 1, covered: 1]
assert json.details.counters.LINE == [missed: 2, covered: 2]
assert json.details.execFiles == [new File(basedir, 'target/jacoco.exec').path]
