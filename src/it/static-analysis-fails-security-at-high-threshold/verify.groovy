// threshold=high. Tokens.java:17 hashes with MD5 (WEAK_MESSAGE_DIGEST_MD5, high priority) and
// Tokens.java:23 draws from new java.util.Random() (PREDICTABLE_RANDOM, medium priority: reported only
// because SECURITY findings fail whatever their priority; DMI_RANDOM_USED_ONLY_ONCE there is high
// priority). salt() exposes the array (EI_EXPOSE_REP, medium, MALICIOUS_CODE): below the threshold.
// Each security finding says how to accept it.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def hasLine = { String expected -> lines.contains(expected) }
def report = new File(basedir, 'target/devflow/static-analysis.json')
def path = 'src/main/java/it/security/Tokens.java'
def hint = { String type -> " — if accepted, suppress it where it stands: @SuppressFBWarnings(value = \"$type\", justification = \"…\")" }
def md5 = ~("WEAK_MESSAGE_DIGEST_MD5 \\(SECURITY, rank \\d+\\)  " +
        java.util.regex.Pattern.quote('This API MD5 (MDX) is not a recommended cryptographic hash function' + hint('WEAK_MESSAGE_DIGEST_MD5')))
def random = ~("PREDICTABLE_RANDOM \\(SECURITY, rank \\d+\\)  " +
        java.util.regex.Pattern.quote('This random generator (java.util.Random) is predictable' + hint('PREDICTABLE_RANDOM')))
def once = 'DMI_RANDOM_USED_ONLY_ONCE (BAD_PRACTICE, rank 14)  Random object created and used only once in it.security.Tokens.token()'

int step = lines.findIndexOf { it.contains(':static-analysis (default) @ static-analysis-fails-security-at-high-threshold ---') }
assert step >= 0
assert lines.subList(step + 1, step + 6) == [
        '[INFO] devflow static-analysis: FAILED — 3 bugs (2 security)',
        '[INFO]   measure                 value  threshold',
        '[INFO]   BAD_PRACTICE                1',
        '[INFO]   SECURITY                    2',
        '[INFO]   bugs at threshold high      3  ≤ 0         MISSED (2 of them security)']
int error = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert lines[error].endsWith('on project static-analysis-fails-security-at-high-threshold: devflow static-analysis gate' +
        ' failed: 3 bugs (2 security)')
assert lines[error + 1] == '[ERROR]   3 bugs reported, expected none: fix them, or suppress a deliberate one where it' +
        ' stands (@SuppressFBWarnings with a justification, or an exclude filter).'
// scariest first
assert lines[error + 2].startsWith("[ERROR]   $path:17  ") && lines[error + 2].substring("[ERROR]   $path:17  ".length()) ==~ md5
assert lines[error + 3].startsWith("[ERROR]   $path:23  ") && lines[error + 3].substring("[ERROR]   $path:23  ".length()) ==~ random
assert lines[error + 4] == "[ERROR]   $path:23  $once"
assert lines[error + 5] == '[ERROR] Full report: ' + report.path
assert !lines.any { it.contains('EI_EXPOSE_REP') }
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /(?i)\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '3 bugs (2 security)'
assert json.findings*.rule == ['static-analysis.WEAK_MESSAGE_DIGEST_MD5', 'static-analysis.PREDICTABLE_RANDOM',
                               'static-analysis.DMI_RANDOM_USED_ONLY_ONCE']
assert json.findings.every { it.severity == 'ERROR' && it.path == path }
assert json.findings*.line == [17, 23, 23]
assert json.findings[0].message ==~ md5 && json.findings[1].message ==~ random && json.findings[2].message == once
assert json.measurements.find { it.name == 'bugs at threshold high' }.subMap(['value', 'detail', 'met']) ==
        [value: '3', detail: '2 of them security', met: false]
assert json.details.bugsByCategory == [BAD_PRACTICE: 1, SECURITY: 2]
assert json.details.complete == true
