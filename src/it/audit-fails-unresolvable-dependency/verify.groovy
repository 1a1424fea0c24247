// Maven resolves the audited dependencies before the goal runs: one that cannot be resolved stops
// the build with Maven's reason, naming it, and the audit never reports a pass on a partial list.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD FAILURE')
def errors = lines.findAll { it.startsWith('[ERROR]') }
assert errors.any { it.contains('Could not resolve dependencies for project dev.devflow.it:audit-fails-unresolvable-dependency') }
assert errors.any { it.contains('dev.devflow.it:no-such-library:jar:1.0.0') }
assert !lines.any { it.contains('devflow audit: passed') }
assert !new File(basedir, 'target/devflow/audit.json').exists()
