// Branch feature, since its merge-base with main: net() edited (line 10, covered by the test of
// main) and discounted() added (lines 21-35, no test). Of the new lines only 10, 29, 30, 33 and 34
// carry code (the blank line, the javadoc, the annotation, the signature and the braces do not):
// 1 of 5 covered = 0.20 < 0.90, and ceil(0.90 * 5) - 1 = 4 more lines to cover. The uncovered
// lines 29-30 and 33-34 are one range, 29-34: no line with code lies between them. The module's
// own line rule (minimum 0.10) holds, so only the new-code rule fails the build.
import groovy.json.JsonSlurper

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
// The fixture itself: HEAD is feature, one commit on top of main, nothing uncommitted.
assert git(['rev-parse', '--abbrev-ref', 'HEAD']).trim() == 'feature'
assert git(['diff', '--name-only', 'main', 'HEAD']).readLines() == ['src/main/java/it/newcode/Prices.java']
assert git(['status', '--porcelain']).trim().isEmpty()
def mergeBase = git(['merge-base', 'HEAD', 'main']).trim().substring(0, 7)

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def quote = { String text -> java.util.regex.Pattern.quote(text) }
def report = new File(basedir, 'target/devflow/coverage.json')
def name = "new code line coverage (merge-base $mergeBase of HEAD and main)".toString()
def range = 'src/main/java/it/newcode/Prices.java:29-34'
def message = 'new code line coverage is 0.20, below 0.90: cover 4 more new lines. Not covered: ' + range

assert hasLine('[INFO] devflow coverage: FAILED — line coverage 0.12; the 1 rule limit holds; new code below 0.90')
assert hasMatch(/\[INFO\]   LINE +0\.12 +1 of 8 covered/)
assert hasMatch(/\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.12  ≥ 0\.10 +ok \(1 of 8 lines covered\)/)
assert hasMatch(/\[INFO\]   / + quote(name) + / +0\.20  ≥ 0\.90 +MISSED \(1 of 5 new lines with code covered\)/)

int failed = lines.findIndexOf { it ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:coverage / +
        /\(default\) on project coverage-fails-new-code-uncovered: devflow coverage gate failed: line coverage 0\.12;/ +
        / the 1 rule limit holds; new code below 0\.90/ }
assert failed >= 0
assert lines.subList(failed + 1, failed + 3) == [
        '[ERROR]   ' + message,
        '[ERROR]   ' + range + '  new lines not covered by any test',
]
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it.contains('at dev.devflow') || it.contains('Exception in thread') || it.contains('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'line coverage 0.12; the 1 rule limit holds; new code below 0.90'
assert json.details.counters.LINE == [missed: 7, covered: 1]
def rule = json.measurements.find { it.name == name }
assert rule != null : 'no new-code measurement in ' + json.measurements*.name
assert rule.value == '0.20' && rule.met == false && rule.threshold == [minimum: 0.90]
assert rule.detail == '1 of 5 new lines with code covered'
assert rule.message == message
def fresh = json.findings.findAll { it.rule == 'coverage.new-code-uncovered' }
assert fresh.collect { [it.severity, it.path, it.line, it.endLine, it.message] } ==
        [['ERROR', 'src/main/java/it/newcode/Prices.java', 29, 34, 'new lines not covered by any test']]
true
