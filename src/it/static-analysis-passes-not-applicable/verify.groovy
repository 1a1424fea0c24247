// packaging pom, no sources: nothing to analyse. The gate says so (not a pass, not a failure), writes
// its report and the build passes.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def report = new File(basedir, 'target/devflow/static-analysis.json')

int step = lines.findIndexOf { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:static-analysis \(default\) @ static-analysis-passes-not-applicable ---/ }
assert step >= 0
assert lines[step + 1] == '[INFO] devflow static-analysis: not applicable — no classes and no sources, nothing to analyse'
assert !lines.any { it.contains('measure') || it.startsWith('[INFO] Full report: ') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'NOT_APPLICABLE'
assert json.headline == 'no classes and no sources, nothing to analyse'
assert json.measurements == [] && json.findings == [] && json.details == [:]
assert !new File(basedir, 'target/devflow').listFiles().any { it.name.startsWith('spotbugs-') }
