// -Ddevflow.skip: the release says it is skipped and touches nothing.
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

assert lines.contains('[INFO] devflow release: skipped (devflow.skip)')
assert lines.contains('[INFO] BUILD SUCCESS')
assert new File(basedir, 'pom.xml').getText('UTF-8').contains('<version>1.2.0-SNAPSHOT</version>')
assert !new File(basedir, '.git').exists()
assert !new File(basedir, 'target/devflow/release-notes.md').exists()
