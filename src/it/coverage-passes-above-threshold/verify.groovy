// coverage-agent puts JaCoCo on argLine, the tests run under it, and the coverage gate passes:
// Calculator has 11 lines, the tests leave describe() (line 28) uncovered, 10/11 = 0.90 >= 0.85.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }

def exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0 : 'the agent wrote no target/jacoco.exec'
assert hasMatch(/\[INFO\] devflow coverage-agent: argLine set to -javaagent:\S+\/org\.jacoco\.agent-0\.8\.15-runtime\.jar=destfile=/
        + java.util.regex.Pattern.quote(exec.path) + /,append=true/)

assert hasLine('[INFO] devflow coverage: passed — line coverage 0.90; the 1 rule limit holds')
// The six JaCoCo counters, shown on success too.
[['INSTRUCTION', '0.92', '24 of 26'], ['BRANCH', '1.00', '6 of 6'], ['LINE', '0.90', '10 of 11'],
 ['COMPLEXITY', '0.87', '7 of 8'], ['METHOD', '0.80', '4 of 5'], ['CLASS', '1.00', '1 of 1']].each { name, value, count ->
    assert hasMatch(/\[INFO\]   ${name} +${java.util.regex.Pattern.quote(value)} +${count} covered/) : "counter row $name"
}
assert hasMatch(/\[INFO\]   excluded +0 +0 classes and 0 methods left out by pattern or annotation/)
assert hasMatch(/\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.90  ≥ 0\.85 +ok \(10 of 11 lines covered\)/)
def report = new File(basedir, 'target/devflow/coverage.json')
assert hasLine('[INFO] Full report: ' + report.path)
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert hasLine('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.schemaVersion == 1
assert json.gate == 'coverage'
assert json.status == 'PASSED'
assert json.headline == 'line coverage 0.90; the 1 rule limit holds'
assert json.details.bundle == 'coverage-passes-above-threshold'
assert json.details.counters == [
        INSTRUCTION: [missed: 2, covered: 24], BRANCH: [missed: 0, covered: 6], LINE: [missed: 1, covered: 10],
        COMPLEXITY : [missed: 1, covered: 7], METHOD: [missed: 1, covered: 4], CLASS: [missed: 0, covered: 1]]
assert json.details.classFiles == 1
assert json.details.execFiles == [exec.path]
def rule = json.measurements.find { it.name == 'overall line coverage: BUNDLE LINE COVEREDRATIO' }
assert rule.value == '0.90' && rule.met == true && rule.threshold == [minimum: 0.85]
assert rule.detail == '10 of 11 lines covered'
// The missed line is still reported, as a note.
assert json.findings.size() == 1
def note = json.findings[0]
assert note.rule == 'coverage.uncovered-lines' && note.severity == 'NOTE'
assert note.path == 'src/main/java/it/above/Calculator.java' && note.line == 28 && note.endLine == 28
assert note.message == 'it.above.Calculator: 1 of 11 lines not covered, at 28'
