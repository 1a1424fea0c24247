// Without a database the audit never passes quietly: it fails naming the address it tried and
// the ways out, or, told so, warns that nothing was audited.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def online = all.subList(starts[0], starts[1])
def offlineFails = all.subList(starts[1], starts[2])
def offline = all.subList(starts[2], all.size())
def url = new File(basedir, '.mvn/maven.config').readLines()[0] - '-Ddevflow.audit.exportUrl='

assert online.contains('[INFO] BUILD FAILURE')
assert online.contains('[INFO] devflow audit: FAILED — not audited: no advisories could be read for 2 dependencies')
assert online.any { it.contains("the OSV database could not be downloaded from ${url}") && it.contains('devflow.audit.failOnUnavailable=false') }
assert !online.findAll { it.startsWith('[ERROR]   ') }.any { it.contains('Exception') }

assert offlineFails.contains('[INFO] BUILD FAILURE')
assert offlineFails.contains('[INFO] devflow audit: FAILED — not audited: no advisories could be read for 2 dependencies')
assert offlineFails.any { it.contains('Maven runs offline') && it.contains(new File(basedir, 'osv-cache').absolutePath) }

assert offline.contains('[INFO] BUILD SUCCESS')
assert offline.contains('[INFO] devflow audit: passed with warnings — not audited: no advisories could be read for 2 dependencies')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/audit.json'), 'UTF-8')
assert json.status == 'WARNED'
assert json.findings.size() == 1 && json.findings[0].rule == 'audit.unavailable'
assert json.findings[0].message.contains(new File(basedir, 'osv-cache').absolutePath)
