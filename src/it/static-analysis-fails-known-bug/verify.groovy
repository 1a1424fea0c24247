// Cart.java:7 calls code.trim() and drops the result: SpotBugs' RV_RETURN_VALUE_IGNORED (CORRECTNESS,
// high priority, rank 3) fails the build, printed as path:line  TYPE (CATEGORY, rank N)  message.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def hasLine = { String expected -> lines.contains(expected) }
def report = new File(basedir, 'target/devflow/static-analysis.json')
def bug = 'RV_RETURN_VALUE_IGNORED (CORRECTNESS, rank 3)  Return value of String.trim() ignored in' +
        ' it.known.Cart.normalise(String)'
def limit = '1 bug reported, expected none: fix it, or suppress a deliberate one where it stands' +
        ' (@SuppressFBWarnings with a justification, or an exclude filter).'

int step = lines.findIndexOf { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:static-analysis \(default\) @ static-analysis-fails-known-bug ---/ }
assert step >= 0
assert lines.subList(step + 1, step + 5) == [
        '[INFO] devflow static-analysis: FAILED — 1 bug',
        '[INFO]   measure                   value  threshold',
        '[INFO]   CORRECTNESS                   1',
        '[INFO]   bugs at threshold medium      1  ≤ 0         MISSED (0 of them security)']
int error = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert lines[error] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:static-analysis \(default\) / +
        /on project static-analysis-fails-known-bug: devflow static-analysis gate failed: 1 bug/
assert lines.subList(error + 1, error + 4) == [
        '[ERROR]   ' + limit,
        '[ERROR]   src/main/java/it/known/Cart.java:7  ' + bug,
        '[ERROR] Full report: ' + report.path]
assert hasLine('[INFO] BUILD FAILURE')
assert lines.any { it.contains('MojoFailureException') }  // a build failure, not an internal error
assert !lines.any { it ==~ /(?i)\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '1 bug'
// each finding carries its fingerprint, the identity the baseline records
assert json.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert json.findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [[rule: 'static-analysis.RV_RETURN_VALUE_IGNORED', severity: 'ERROR', message: bug,
                          path: 'src/main/java/it/known/Cart.java', line: 7, endLine: 7]]
assert json.measurements == [
        [name: 'CORRECTNESS', value: '1', detail: '', met: true],
        [name: 'bugs at threshold medium', value: '1', detail: '0 of them security', threshold: [maximum: 0],
         met: false, message: limit]]
// when SpotBugs ran: an ISO instant each, the end not before the start
def ran = json.details.remove('analysis')
assert !java.time.Instant.parse(ran.ended).isBefore(java.time.Instant.parse(ran.started))
assert json.details == [bugsByCategory: [CORRECTNESS: 1], bugsByRank: ['3': 1], complete: true,
                        analysisErrors: [], missingClasses: []]
