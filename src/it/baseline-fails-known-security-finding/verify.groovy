// Checksums.java:16 digests with MD5 (WEAK_MESSAGE_DIGEST_MD5, SECURITY) and :22 returns the salt
// array itself (EI_EXPOSE_REP, MALICIOUS_CODE). Build 1 fails the gate as a warning
// (failOnError=false) and records both bugs. Build 2, on the same code: the exposed array is known,
// the MD5 digest still fails, because a security finding is accepted only by a suppression with a
// reason where it stands, which the message shows how to write.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def baselineFile = new File(basedir, '.devflow/baseline.json')
def report = new File(basedir, 'target/devflow/static-analysis.json')
def path = 'src/main/java/it/legacy/Checksums.java'
def md5 = "$path:16  WEAK_MESSAGE_DIGEST_MD5 (SECURITY, rank 10)  This API MD5 (MDX) is not a recommended cryptographic" +
        ' hash function — if accepted, suppress it where it stands: @SuppressFBWarnings(value = "WEAK_MESSAGE_DIGEST_MD5",' +
        ' justification = "…")'
def exposed = 'EI_EXPOSE_REP (MALICIOUS_CODE, rank 18)  it.legacy.Checksums.salt() may expose internal representation' +
        ' by returning Checksums.salt'

// Build 1: both bugs fail the gate, as a warning; the baseline records them.
assert first.contains('[INFO] devflow static-analysis: FAILED — 2 bugs (1 security)')
assert first.contains('[WARNING] devflow check: 1 gate failed, but failOnError=false lets the build pass')
assert first.contains('[WARNING]   ' + md5)
assert first.contains("[WARNING]   $path:22  $exposed".toString())
assert first.contains('[INFO] devflow baseline: dev.devflow.it:baseline-fails-known-security-finding: 0 coverage ratios,' +
        ' 0 lint and 2 static-analysis findings; ' + baselineFile.path + ' written')
assert first.contains('[INFO] BUILD SUCCESS')

// Build 2: the recorded MD5 digest fails all the same; the exposed array is a known note.
assert second.contains('[INFO] devflow static-analysis: FAILED — 1 bug (1 security)')
assert second.any { it ==~ /\[INFO\]   bugs at threshold medium, not in the baseline +1  ≤ 0 +MISSED \(1 of them security\)/ }
assert second.any { it ==~ /\[INFO\]   known \(baseline\) +1 +none recorded is fixed/ }
int error = second.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert second[error].endsWith(':check (default) on project baseline-fails-known-security-finding: devflow static-analysis' +
        ' gate failed: 1 bug (1 security)')
assert second[error + 1] == '[ERROR]   1 bug reported, expected none: fix it, or suppress a deliberate one where it' +
        ' stands (@SuppressFBWarnings with a justification, or an exclude filter).'
assert second[error + 2] == '[ERROR]   ' + md5
assert second.contains('[ERROR] Known (in the baseline), not counted: 1; listed in the full report.')
assert !second.contains("[ERROR]   $path:22  $exposed".toString())
assert second.contains('[ERROR] Full report: ' + report.path)
assert second.contains('[INFO] BUILD FAILURE')
assert !all.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

// The baseline holds both bugs, the security one too: recording it is not what accepts it.
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
def module = baseline.modules['dev.devflow.it:baseline-fails-known-security-finding']
assert module.findings.'static-analysis'*.rule == ['static-analysis.EI_EXPOSE_REP', 'static-analysis.WEAK_MESSAGE_DIGEST_MD5']
assert module.findings.'static-analysis'.every { it.path == path && it.fingerprint ==~ /[0-9a-f]{16}/ }
assert module.findings.lint == []
def recorded = module.findings.'static-analysis'.collectEntries { [(it.rule): it.fingerprint] }

// The report: the security bug an error although its fingerprint is recorded, the other a note.
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.line] } == [
        ['static-analysis.WEAK_MESSAGE_DIGEST_MD5', 'ERROR', 16], ['static-analysis.EI_EXPOSE_REP', 'NOTE', 22]]
assert json.findings[0].fingerprint == recorded['static-analysis.WEAK_MESSAGE_DIGEST_MD5']
assert json.findings[1].fingerprint == recorded['static-analysis.EI_EXPOSE_REP']
assert json.findings[1].message == 'known (in the baseline): ' + exposed
assert json.measurements.find { it.name == 'known (baseline)' }.value == '1'
true
