// The suppression's date has passed: it fails at its line in the file, and the vulnerability it
// covered fails again.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-fails-expired-suppression']
osv.server.stop(0)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD FAILURE')
assert lines.any { it.contains('.devflow/audit-suppressions.json:3  the suppression of GHSA-599f-7c49-w659 expired on' +
        ' 2020-01-31 (waiting for the 1.10.0 upgrade): upgrade the dependency, or review the reason and set a new date.') }
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.severity, it.rule] } as Set ==
        [['ERROR', 'audit.vulnerable'], ['ERROR', 'audit.suppression-expired']] as Set
assert json.details.vulnerable[0].suppressed == false
