// Default rule, BUNDLE LINE COVEREDRATIO >= 0.85: Amounts has 8 lines, the tests cover parse()
// (4 lines) but not format() (lines 18-21), so 4/8 = 0.50 and ceil(0.85 * 8) - 4 = 3 more lines.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/coverage.json')
def violation = 'overall line coverage: Rule violated for bundle coverage-fails-below-threshold: lines covered ratio' +
        ' is 0.50, but expected minimum is 0.85 — cover 3 more lines to reach 0.85'
def offender = 'src/main/java/it/below/Amounts.java:18-21  it.below.Amounts: 4 of 8 lines not covered, at 18-21'

// The summary and table, as info.
assert hasLine('[INFO] devflow coverage: FAILED — line coverage 0.50; 1 rule limit missed')
assert hasMatch(/\[INFO\]   LINE +0\.50 +4 of 8 covered/)
assert hasMatch(/\[INFO\]   BRANCH +0\.50 +2 of 4 covered/)
assert hasMatch(/\[INFO\]   METHOD +0\.50 +1 of 2 covered/)
assert hasMatch(/\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.50  ≥ 0\.85 +MISSED \(4 of 8 lines covered\)/)
// The failure: what was missed, by how much, where to start, where the report is.
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:coverage \(default\) on project / +
        /coverage-fails-below-threshold: devflow coverage gate failed: line coverage 0\.50; 1 rule limit missed/)
assert hasLine('[ERROR]   ' + violation)
assert hasLine('[ERROR] Where to start:')
assert hasLine('[ERROR]   ' + offender)
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Exception in thread') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'line coverage 0.50; 1 rule limit missed'
assert json.details.counters.LINE == [missed: 4, covered: 4]
assert json.details.counters.BRANCH == [missed: 2, covered: 2]
assert json.details.counters.METHOD == [missed: 1, covered: 1]
def rule = json.measurements.find { it.name == 'overall line coverage: BUNDLE LINE COVEREDRATIO' }
assert rule.met == false && rule.value == '0.50' && rule.threshold == [minimum: 0.85]
assert rule.message == violation
def notes = json.findings.findAll { it.rule == 'coverage.uncovered-lines' }
assert notes.size() == 1
assert notes[0].path == 'src/main/java/it/below/Amounts.java' && notes[0].line == 18 && notes[0].endLine == 21
assert json.details.uncoveredClasses == [offender]
