// A pom-packaging module has no target/classes: the gate says it is not applicable (never
// "passed") and the build succeeds.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def classes = new File(basedir, 'target/classes')
assert !classes.exists()

def summary = lines.findAll { it.startsWith('[INFO] devflow coverage: ') }
assert summary.size() == 1
assert summary[0].startsWith('[INFO] devflow coverage: not applicable — no compiled classes in ')
assert summary[0].contains(classes.path)
assert summary[0].endsWith(', nothing to cover')
assert !lines.any { it.startsWith('[INFO] Full report:') }
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'), 'UTF-8')
assert json.status == 'NOT_APPLICABLE'
assert json.measurements == [] && json.findings == []
