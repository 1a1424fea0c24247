// -Ddevflow.lint.skip: the goal says it was skipped and why; no analysis, no report, no cache,
// although the unused field would fail the gate.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

assert lines.contains('[INFO] devflow lint: skipped (devflow.lint.skip)')
assert !lines.any { it.startsWith('[INFO] devflow lint: ') && it != '[INFO] devflow lint: skipped (devflow.lint.skip)' }
assert !lines.any { it.contains('UnusedPrivateField') || it.contains('default-ruleset.xml') }
assert !new File(basedir, 'target/devflow/lint.json').exists()
assert !new File(basedir, 'target/devflow').exists()
assert lines.contains('[INFO] BUILD SUCCESS')
