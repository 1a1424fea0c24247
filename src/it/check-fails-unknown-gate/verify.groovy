// -Ddevflow.check.gates=nosuch: the build fails at once, naming the gates there are; no gate runs
// and no report is written. The reports an earlier run left (setup.groovy) are gone, so CI cannot
// upload them as this run's; another goal's report (changelog.json: not a gate this check runs) stays.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

def failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 1
assert failures[0] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:check \(default\) / +
        /on project check-fails-unknown-gate: devflow check: parameter gates: there is no gate 'nosuch'\. / +
        /Fix: use some of changelog, version, coverage, lint, static-analysis, test-results, audit\. -> \[Help 1\]/
assert !lines.any { it.startsWith('[INFO] devflow ') }
assert new File(basedir, 'target/devflow').list() as List == ['changelog.json']
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }
