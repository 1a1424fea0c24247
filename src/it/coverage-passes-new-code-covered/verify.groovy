// Branch feature, since its merge-base with main: discounted() added (lines 21-35) with a test that
// runs both of its paths. Of its 15 new lines only 29, 30, 33 and 34 carry code (the blank line,
// the javadoc, the annotation, the signature and the braces do not), and all 4 are covered: 1.00.
// The module's own line rule (minimum 0.10) holds too (5 of 8 lines), so the build passes.
import groovy.json.JsonSlurper

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
// The fixture itself: HEAD is feature, one commit on top of main, nothing uncommitted; the new
// code of Prices.java is one block of 15 lines.
assert git(['rev-parse', '--abbrev-ref', 'HEAD']).trim() == 'feature'
assert git(['diff', '--name-only', 'main', 'HEAD']).readLines() ==
        ['src/main/java/it/newcode/Prices.java', 'src/test/java/it/newcode/PricesTest.java']
assert git(['diff', '--numstat', 'main', 'HEAD', '--', 'src/main']).trim() ==~ /15\s+0\s+src\/main\/java\/it\/newcode\/Prices\.java/
assert git(['status', '--porcelain']).trim().isEmpty()
def mergeBase = git(['merge-base', 'HEAD', 'main']).trim().substring(0, 7)

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def quote = { String text -> java.util.regex.Pattern.quote(text) }
def report = new File(basedir, 'target/devflow/coverage.json')
def name = "new code line coverage (merge-base $mergeBase of HEAD and main)".toString()

assert hasLine('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert hasLine('[INFO] devflow coverage: passed — line coverage 0.62; the 1 rule limit holds')
assert hasMatch(/\[INFO\]   LINE +0\.62 +5 of 8 covered/)
assert hasMatch(/\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.62  ≥ 0\.10 +ok \(5 of 8 lines covered\)/)
assert hasMatch(/\[INFO\]   / + quote(name) + / +1\.00  ≥ 0\.90 +ok \(4 of 4 new lines with code covered\)/)
assert hasLine('[INFO] Full report: ' + report.path)
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert hasLine('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.headline == 'line coverage 0.62; the 1 rule limit holds'
assert json.details.counters.LINE == [missed: 3, covered: 5]
def rule = json.measurements.find { it.name == name }
assert rule != null : 'no new-code measurement in ' + json.measurements*.name
assert rule.value == '1.00' && rule.met == true && rule.threshold == [minimum: 0.90]
assert rule.detail == '4 of 4 new lines with code covered'
// No new line is uncovered; the old untested methods are still listed, as notes.
assert json.findings.every { it.rule != 'coverage.new-code-uncovered' }
assert json.findings.collect { [it.rule, it.severity, it.path] } ==
        [['coverage.uncovered-lines', 'NOTE', 'src/main/java/it/newcode/Prices.java']]
true
