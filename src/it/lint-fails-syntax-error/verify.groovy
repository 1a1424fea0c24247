// Broken.java does not parse. Run as the lint goal alone (javac would reject the file first in
// verify): the parse error becomes a finding at Broken.java:4 (PMD's line), Cart.java is still
// analysed and its violation reported, and there is no stack trace.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def broken = '[ERROR]   src/main/java/it/syntax/Broken.java:4  PMD could not analyse this file: '
def field = "[ERROR]   src/main/java/it/syntax/Cart.java:4:17  UnusedPrivateField  Avoid unused private fields such as 'unused'."

assert !lines.any { it.contains('maven-compiler-plugin') || it.contains('--- compiler:') }
assert hasLine('[INFO] devflow lint: FAILED — 1 violation; 1 limit missed; 1 file could not be analysed')
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default-cli\) on project / +
        /lint-fails-syntax-error: devflow lint gate failed: 1 violation; 1 limit missed; 1 file could not be analysed/)
def parseError = lines.find { it.startsWith(broken) }
assert parseError != null && parseError.contains('line 4, column 13')
assert hasLine(field)
assert lines.indexOf(field) > lines.indexOf(parseError)
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
def error = json.findings.find { it.rule == 'lint.processing-error' }
assert error.severity == 'ERROR'
assert error.path == 'src/main/java/it/syntax/Broken.java' && error.line == 4 && error.endLine == 4
assert !error.containsKey('column')
assert error.message.startsWith('PMD could not analyse this file: ') && error.message.contains('line 4, column 13')
assert error.message.endsWith(' (is it valid Java 17?)')
assert json.findings*.rule == ['lint.processing-error', 'lint.UnusedPrivateField']
assert json.details.violationsByRule == [UnusedPrivateField: 1]
