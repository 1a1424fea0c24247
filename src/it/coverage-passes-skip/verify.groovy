// -Ddevflow.coverage.skip: both goals say they were skipped and why; no agent, no report; the
// tests still run.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

assert lines.contains('[INFO] devflow coverage-agent: skipped (devflow.coverage.skip)')
assert lines.contains('[INFO] devflow coverage: skipped (devflow.coverage.skip)')
assert !lines.any { it.contains('argLine set to') }
assert lines.contains('[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert !new File(basedir, 'target/jacoco.exec').exists()
assert !new File(basedir, 'target/devflow/coverage.json').exists()
assert lines.contains('[INFO] BUILD SUCCESS')
