// target/classes/it/corrupt/Broken.class is text, planted after compile. SpotBugs cannot read it: the
// analysis is incomplete, so the gate fails although no bug was found, names the file and what to do,
// and prints no stack trace (neither Maven's nor SpotBugs' own report on System.err).
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def report = new File(basedir, 'target/devflow/static-analysis.json')
def classes = new File(basedir, 'target/classes').path
def broken = new File(basedir, 'target/classes/it/corrupt/Broken.class')
assert broken.isFile() : 'the corrupt class file was not planted'
def header = "Invalid class resource it/corrupt/Broken.class in $classes:it/corrupt/Broken.class:" +
        ' edu.umd.cs.findbugs.classfile.InvalidClassFileFormatException: Classfile header isn\'t 0xCAFEBABE in' +
        " $classes:it/corrupt/Broken.class"
def scan = 'Error scanning it/corrupt/Broken for referenced classes: java.lang.IllegalArgumentException:' +
        ' Unsupported class file major version '
// the message says them without the Java exception names SpotBugs puts in (the details keep SpotBugs' words)
def plainHeader = header.replace(' edu.umd.cs.findbugs.classfile.InvalidClassFileFormatException:', '')
def plainScan = scan.replace(' java.lang.IllegalArgumentException:', '')
def advice = '. Rebuild from clean (mvn clean verify); class files newer than SpotBugs 4.10.4 reads need an older' +
        ' --release. Set -Ddevflow.static-analysis.failOnIncomplete=false to only warn.'

int step = lines.findIndexOf { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:static-analysis \(default\) @ static-analysis-fails-corrupt-class-file ---/ }
assert step >= 0
def afterStep = lines.subList(step + 1, Math.min(step + 4, lines.size()))
assert afterStep[0] == '[INFO] devflow static-analysis: FAILED — 0 bugs; analysis incomplete' :
        "SpotBugs must not print its own report: $afterStep"
assert lines.contains('[INFO]   bugs at threshold medium      0  ≤ 0         ok (0 of them security)')
int error = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert lines[error] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:static-analysis \(default\) / +
        /on project static-analysis-fails-corrupt-class-file: devflow static-analysis gate failed: 0 bugs; analysis incomplete/
def incomplete = lines[error + 1]
assert incomplete.startsWith('[ERROR]   the analysis is incomplete (2 problems): analysis error: ' + plainHeader +
        '; analysis error: ' + plainScan)
assert !incomplete.contains('Exception')
assert incomplete.endsWith(advice)
assert lines[error + 2] == '[ERROR] Full report: ' + report.path
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it.contains('MojoFailureException') }  // a build failure, not an internal error
assert !lines.any { it.contains('The following errors occurred during analysis') }
assert !lines.any { it ==~ /(?i)\s+at [\w.$<>]+\(.*\)/ || it.contains('Caused by:') || it.contains('Exception in thread') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '0 bugs; analysis incomplete'
assert json.findings.size() == 1
assert json.findings[0].rule == 'static-analysis.incomplete' && json.findings[0].severity == 'ERROR'
assert json.findings[0].message == incomplete.substring('[ERROR]   '.length())
assert !json.findings[0].containsKey('path')
assert json.details.complete == false
assert json.details.analysisErrors.size() == 2
assert json.details.analysisErrors[0] == header
assert json.details.analysisErrors[1].startsWith(scan)
assert json.details.missingClasses == []
