// Primes' static initialiser fills a 400-element table: more than the 2000 bytes of bytecode SpotBugs
// analyses in a static initialiser at default effort (SKIP_HUGE_METHODS). It then dereferences a
// null local at Primes.java:40. Build 1 (default effort) does not look and passes; build 2
// (effort=max, same classes: the cache must not answer for another effort) reports NP_ALWAYS_NULL.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def report = new File(basedir, 'target/devflow/static-analysis.json')
def bug = 'NP_ALWAYS_NULL (CORRECTNESS, rank 5)  Null pointer dereference of label in' +
        ' it.effort.Primes.<static initializer for Primes>()'

int success = lines.indexOf('[INFO] BUILD SUCCESS')
int failure = lines.indexOf('[INFO] BUILD FAILURE')
assert success >= 0 && failure > success : 'build 1 must pass, build 2 fail'
def first = lines.subList(0, success)
def second = lines.subList(success, lines.size())

assert first.contains('[INFO] devflow static-analysis: passed — 0 bugs')
assert first.contains('[INFO]   bugs at threshold medium      0  ≤ 0         ok (0 of them security)')
assert !first.any { it.contains('NP_ALWAYS_NULL') }

assert second.contains('[INFO] devflow static-analysis: FAILED — 1 bug')
assert second.contains('[INFO]   CORRECTNESS                   1')
assert second.any { it ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:static-analysis \(default\) / +
        /on project static-analysis-fails-effort-max-finds-more: devflow static-analysis gate failed: 1 bug/ }
assert second.contains('[ERROR]   src/main/java/it/effort/Primes.java:40  ' + bug)
assert second.contains('[ERROR] Full report: ' + report.path)
assert !lines.any { it ==~ /(?i)\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '1 bug'
// each finding carries its fingerprint, the identity the baseline records
assert json.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert json.findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [[rule: 'static-analysis.NP_ALWAYS_NULL', severity: 'ERROR', message: bug,
                          path: 'src/main/java/it/effort/Primes.java', line: 40, endLine: 40]]
// one cache file: build 2's result replaced build 1's
def cached = new File(basedir, 'target/devflow').listFiles().findAll { it.name.startsWith('spotbugs-') }
assert cached.size() == 1
assert cached[0].getText('UTF-8').startsWith('bug\tNP_ALWAYS_NULL\tCORRECTNESS\t5\t')
