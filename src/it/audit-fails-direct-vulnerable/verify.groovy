// Text4Shell in a declared dependency: the failure names the dependency, the advisory's ids, its
// severity, the version to upgrade to and the pom line that declares it; check shows it too, and
// code scanning gets it at that line.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-fails-direct-vulnerable']
osv.server.stop(0)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2
def verify = all.subList(starts[0], starts[1])
def check = all.subList(starts[1], all.size())
int line = new File(basedir, 'pom.xml').readLines().findIndexOf { it.contains('<artifactId>commons-text</artifactId>') }
// the <dependency> element starts on the line above its artifactId's, less its groupId's line
int dependencyLine = line - 1
def message = "pom.xml:${dependencyLine}  org.apache.commons:commons-text 1.9 has GHSA-599f-7c49-w659 / CVE-2022-42889" +
        ' (CRITICAL 9.8): Arbitrary code execution in Apache Commons Text. Upgrade to 1.10.0. Brought in by' +
        ' audit-fails-direct-vulnerable -> commons-text 1.9.'
assert verify.contains('[INFO] BUILD FAILURE')
assert verify.contains('[INFO] devflow audit: FAILED — 2 dependencies, 1 vulnerability: 1 critical')
assert verify.any { it.contains(message) }

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.details.vulnerable.size() == 1
def found = json.details.vulnerable[0]
assert found.dependency == 'org.apache.commons:commons-text' && found.version == '1.9'
assert found.ids == ['GHSA-599f-7c49-w659', 'CVE-2022-42889']
assert found.severity == 'CRITICAL' && found.score == '9.8' && found.fixedIn == '1.10.0'
assert found.rating == 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H'

assert check.contains('[INFO] BUILD FAILURE')
assert check.any { it ==~ /\[INFO\]   audit +FAILED +2 dependencies, 1 vulnerability: 1 critical +\d+\.\d s/ }
def report = new JsonSlurper().parse(new File(basedir, 'target/devflow/report.json'), 'UTF-8')
assert report.gates*.gate == ['audit'] && report.status == 'FAILED'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/devflow/devflow.sarif'), 'UTF-8')
def results = sarif.runs[0].results
assert results.size() == 1
assert results[0].ruleId == 'audit.vulnerable' && results[0].level == 'error'
def region = results[0].locations[0].physicalLocation
assert region.artifactLocation.uri == 'pom.xml' && region.region.startLine == dependencyLine
