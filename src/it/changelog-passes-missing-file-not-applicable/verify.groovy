// No CHANGELOG.md with -Ddevflow.changelog.failIfMissing=false: "not applicable", said once
// (no table, no "Full report" line), never shown as a pass; the report says NOT_APPLICABLE.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def report = new File(basedir, 'target/devflow/changelog.json')
def changelog = new File(basedir, 'CHANGELOG.md')
assert !changelog.exists()

assert lines.contains('[INFO] devflow changelog: not applicable — no changelog at ' + changelog.path)
assert !lines.any { it.contains('devflow changelog: passed') }
assert !lines.any { it.startsWith('[INFO]   measure') }
assert !lines.any { it.startsWith('[INFO] Full report:') }
assert lines.contains('[INFO] BUILD SUCCESS')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.gate == 'changelog'
assert json.status == 'NOT_APPLICABLE'
assert json.headline == 'no changelog at ' + changelog.path
assert json.measurements == [] && json.findings == [] && json.details == [:]
