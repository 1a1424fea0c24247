// Default rule set: an unused private field (line 4) and an empty catch block (line 9), both
// priority 3. Every priority fails by default and none is allowed, so both are errors, printed as
// path:line:column  Rule  message.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def field = "src/main/java/it/violations/Inventory.java:4:17  UnusedPrivateField  Avoid unused private fields such as 'reserved'."
def emptyCatch = 'src/main/java/it/violations/Inventory.java:9:11  EmptyCatchBlock  Avoid empty catch blocks'
def limit = '2 PMD violations of priority 5 or higher, but at most 0 allowed: fix them, or suppress a deliberate one' +
        ' with @SuppressWarnings("PMD.Rule").'

assert hasLine('[INFO] devflow lint: FAILED — 2 violations; 1 limit missed')
assert hasMatch(/\[INFO\]   violations of priority 1-5 +2  ≤ 0 +MISSED \(2 in all\)/)
assert hasMatch(/\[INFO\]   suppressed +0 +by @SuppressWarnings or NOPMD/)
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on project / +
        /lint-fails-violations: devflow lint gate failed: 2 violations; 1 limit missed/)
assert hasLine('[ERROR]   ' + limit)
// errors in file order, each once: not repeated as warnings
assert lines.indexOf('[ERROR]   ' + field) >= 0
assert lines.indexOf('[ERROR]   ' + emptyCatch) == lines.indexOf('[ERROR]   ' + field) + 1
assert !lines.any { it.startsWith('[WARNING] src/') }
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '2 violations; 1 limit missed'
// each finding carries its fingerprint, the identity the baseline records
assert json.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert json.findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [
        [rule: 'lint.UnusedPrivateField', severity: 'ERROR',
         message: "UnusedPrivateField  Avoid unused private fields such as 'reserved'.",
         path: 'src/main/java/it/violations/Inventory.java', line: 4, endLine: 4, column: 17],
        [rule: 'lint.EmptyCatchBlock', severity: 'ERROR', message: 'EmptyCatchBlock  Avoid empty catch blocks',
         path: 'src/main/java/it/violations/Inventory.java', line: 9, endLine: 9, column: 11]]
def violations = json.measurements.find { it.name == 'violations of priority 1-5' }
assert violations == [name: 'violations of priority 1-5', value: '2', detail: '2 in all', threshold: [maximum: 0],
                      met: false, message: limit]
assert json.details.violationsByRule == [EmptyCatchBlock: 1, UnusedPrivateField: 1]
assert json.details.violationsByPriority == ['3': 2]
