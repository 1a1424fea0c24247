// The clean project passed, online and then offline from the copy kept, with one download in all.
import groovy.json.JsonSlurper

def osv = System.properties['devflow.it.osv.audit-passes-clean']
osv.server.stop(0)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2
def online = all.subList(starts[0], starts[1])
def offline = all.subList(starts[1], all.size())
for (lines in [online, offline]) {
    assert lines.contains('[INFO] BUILD SUCCESS')
    assert lines.contains('[INFO] devflow audit: passed — 2 dependencies, no known vulnerability')
}
assert osv.requests == ['GET /Maven/all.zip']
assert new File(basedir, 'osv-cache/all.zip').bytes == osv.export

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'PASSED'
assert json.details.dependencies == 2
assert json.details.database.startsWith("OSV export ${osv.url}/Maven/all.zip of ")
assert json.details.vulnerable == []
// the database has commons-text's advisory: it was read, and did not match 1.10.0
assert json.details.advisoriesRead >= 1
