// The accepted vulnerability is listed as a note with its reason and date; the build passes.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-passes-suppressed']
osv.server.stop(0)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.contains('[INFO] devflow audit: passed — 2 dependencies, no open vulnerability; 1 accepted')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'PASSED'
assert json.findings.size() == 1
assert json.findings[0].severity == 'NOTE' && json.findings[0].rule == 'audit.vulnerable'
assert json.findings[0].message.endsWith('Accepted until 2099-12-31: StringSubstitutor never sees user input in this project.')
assert json.details.vulnerable[0].suppressed == true
