// The baseline records the module's vulnerabilities; from then on a recorded one is known and
// passes, except a CRITICAL one, which fails saying it is recorded.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-fails-baseline-critical']
osv.server.stop(0)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def baseline = all.subList(starts[0], starts[1])
def verify = all.subList(starts[1], starts[2])
def offline = all.subList(starts[2], all.size())

assert baseline.contains('[INFO] BUILD SUCCESS')
assert baseline.any { it.contains('devflow baseline: dev.devflow.it:audit-fails-baseline-critical: ') &&
        it.contains(' 2 known vulnerabilities; ') }
def recorded = new JsonSlurper().parse(new File(basedir, '.devflow/baseline.json'), 'UTF-8')
def entries = recorded.modules['dev.devflow.it:audit-fails-baseline-critical'].findings.audit
assert entries.size() == 2 && entries.every { it.rule == 'audit.vulnerable' && it.path == 'pom.xml' }
assert entries.every { it.fingerprint ==~ /[0-9a-f]{16}/ }

assert verify.contains('[INFO] BUILD FAILURE')
assert verify.any { it.contains('GHSA-599f-7c49-w659') && it.endsWith('Recorded in the baseline, but a CRITICAL vulnerability always fails.') }
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.findings.collect { [it.severity, it.message.contains('GHSA-57j2-w4cx-62h2')] } as Set ==
        [['ERROR', false], ['NOTE', true]] as Set
assert json.measurements.find { it.name == 'known (baseline)' }.value == '1'

// 3: without the database the baseline keeps what was recorded, and says so
assert offline.contains('[INFO] BUILD SUCCESS')
assert offline.any { it.startsWith('[WARNING] devflow baseline: the audit could not read its database (') &&
        it.endsWith('the 2 vulnerabilities recorded before are kept as they are.') }
assert offline.any { it.contains(' 2 known vulnerabilities; ') && it.endsWith(' unchanged') }
def after = new JsonSlurper().parse(new File(basedir, '.devflow/baseline.json'), 'UTF-8')
assert after.modules['dev.devflow.it:audit-fails-baseline-critical'].findings.audit == entries
