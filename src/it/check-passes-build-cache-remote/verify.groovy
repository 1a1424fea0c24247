// clone-a ran the gates and saved its build in the remote cache; clone-b, the same project in
// another folder with an empty local cache, restored clone-a's build from the remote cache: no gate
// ran, and its target/devflow/ holds the reports clone-a wrote.
import groovy.json.JsonSlurper

def server = System.properties.remove('devflow.it.remoteCache.server')
def requests = System.properties.remove('devflow.it.remoteCache.requests')
assert server != null : 'setup.groovy did not start the remote cache'
server.stop(0)

def logs = ['build.log', 'clone-a/build.log', 'clone-b/build.log'].collect { new File(basedir, it) }.findAll { it.isFile() }
def all = logs.collectMany { it.getText('UTF-8').readLines() }
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 2 : "expected 2 builds in ${logs*.path}, found ${starts.size()}"
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())

assert first.contains('[INFO] devflow check of check-passes-build-cache-remote: passed with warnings')
assert first.any { it.startsWith('[INFO] Saved to remote cache http://127.0.0.1:') }
assert first.contains('[INFO] BUILD SUCCESS')
assert requests.any { it.startsWith('PUT /cache/') && it.endsWith('/buildinfo.xml') } : "no build saved: $requests"

assert second.any { it.startsWith('[INFO] Found cached build, restoring dev.devflow.it:check-passes-build-cache-remote') }
assert second.any { it.startsWith('[INFO] Downloading http://127.0.0.1:') }
assert second.contains('[INFO] Skipping plugin execution (cached): devflow:check')
assert !second.any { it.startsWith('[INFO] devflow ') }
assert second.contains('[INFO] BUILD SUCCESS')

// clone-b's reports are clone-a's, restored
def devflow = new File(basedir, 'clone-b/target/devflow')
['report.json', 'report.md', 'devflow.sarif', 'devflow-junit.xml'].each {
    assert new File(devflow, it).isFile() : "$it was not restored into clone-b"
}
def restored = new JsonSlurper().parse(new File(devflow, 'report.json'), 'UTF-8')
def original = new JsonSlurper().parse(new File(basedir, 'clone-a/target/devflow/report.json'), 'UTF-8')
assert restored.module == 'check-passes-build-cache-remote' && restored.status == 'WARNED'
assert restored.gates*.gate == ['changelog', 'version', 'coverage', 'lint', 'static-analysis']
assert restored.gates*.headline == original.gates*.headline
