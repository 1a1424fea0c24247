// A HIGH advisory below failOn=CRITICAL: a warning with its fix, and the build passes. The
// advisories came from the API: a batch query, then each record once; the export was not asked.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-warns-below-fail-on']
osv.server.stop(0)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] BUILD SUCCESS')
assert lines.any { it ==~ /\[INFO\] devflow audit: passed with warnings — \d+ dependencies, 1 vulnerability: 1 high/ }
assert lines.any { it.contains('com.fasterxml.jackson.core:jackson-databind 2.12.6 has GHSA-57j2-w4cx-62h2 / CVE-2020-36518' +
        ' (HIGH 7.5)') && it.contains('Upgrade to 2.12.6.1.') }
assert osv.requests.contains('POST /v1/querybatch')
assert osv.requests.count('GET /v1/vulns/GHSA-57j2-w4cx-62h2') == 1
assert !osv.requests.contains('GET /Maven/all.zip')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'WARNED'
assert json.details.failOn == 'CRITICAL'
assert json.details.database == "OSV API ${osv.url}"
assert json.findings*.severity == ['WARNING']
