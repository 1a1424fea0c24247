// A COVEREDRATIO limit of 1.5 cannot be met: the build fails naming the parameter, before any
// analysis, without a stack trace.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

def errors = lines.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert errors.size() == 1
assert errors[0] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:coverage \(default\) on project coverage-fails-invalid-rule: .*/
assert errors[0].contains('devflow coverage: parameter rules[1].limits[1].minimum: ratio 1.5 is outside 0.0..1.0.' +
        ' Fix: write a ratio such as 0.85 or a percentage such as 85%.')
assert lines.contains('[INFO] BUILD FAILURE')
// Rejected before the gate ran: no summary, no report.
assert !lines.any { it.startsWith('[INFO] devflow coverage:') }
assert !new File(basedir, 'target/devflow/coverage.json').exists()
assert !lines.any { it.contains('at dev.devflow') || it.contains('Exception in thread') || it.contains('Caused by:') }
