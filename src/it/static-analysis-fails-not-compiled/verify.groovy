// Run as the goal alone: src/main/java has a source but target/classes does not exist. Analysing
// nothing would pass silently; the gate fails instead, says the goal ran before compile and how to
// run it. No stack trace.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def report = new File(basedir, 'target/devflow/static-analysis.json')
def classes = new File(basedir, 'target/classes')
def message = 'the module has sources but no compiled classes in ' + classes.path + ': the goal ran before compile.' +
        " Bind it to verify (its default phase) or run 'mvn verify'."

assert !classes.exists()
assert !lines.any { it.contains('--- compiler:') }
assert lines.contains('[INFO] devflow static-analysis: FAILED — no classes to analyse')
int error = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert lines[error] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:static-analysis \(default-cli\) / +
        /on project static-analysis-fails-not-compiled: devflow static-analysis gate failed: no classes to analyse/
assert lines[error + 1] == '[ERROR]   ' + message
assert lines[error + 2] == '[ERROR] Full report: ' + report.path
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /(?i)\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == 'no classes to analyse'
assert json.measurements == []
assert json.findings == [[rule: 'static-analysis.not-compiled', severity: 'ERROR', message: message]]
