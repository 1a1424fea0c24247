// MD5 and new java.util.Random() as in static-analysis-fails-security-at-high-threshold, each under
// @SuppressFBWarnings(value = ..., justification = ...): nothing is reported and the build passes.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def report = new File(basedir, 'target/devflow/static-analysis.json')

assert lines.contains('[INFO] devflow static-analysis: passed — 0 bugs')
assert lines.contains('[INFO]   bugs at threshold medium      0  ≤ 0         ok (0 of them security)')
assert lines.contains('[INFO] Full report: ' + report.path)
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.contains('WEAK_MESSAGE_DIGEST_MD5') || it.contains('PREDICTABLE_RANDOM') || it.contains('SECURITY') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.headline == '0 bugs'
assert json.findings == []
assert json.details.bugsByCategory == [:]
assert json.details.complete == true
