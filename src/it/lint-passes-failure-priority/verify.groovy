// failurePriority 2: only priority 1-2 violations fail. The two violations of lint-fails-violations
// are priority 3, so the gate passes with them as warnings, still with path:line:column.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def field = "src/main/java/it/violations/Inventory.java:4:17  UnusedPrivateField  Avoid unused private fields such as 'reserved'."
def emptyCatch = 'src/main/java/it/violations/Inventory.java:9:11  EmptyCatchBlock  Avoid empty catch blocks'

assert hasLine('[INFO] devflow lint: passed with warnings — 2 violations within limits')
assert hasMatch(/\[INFO\]   violations of priority 1-2 +0  ≤ 0 +ok \(2 in all\)/)
assert hasLine('[WARNING] ' + field)
assert hasLine('[WARNING] ' + emptyCatch)
assert hasLine('[INFO] Full report: ' + report.path)
assert hasLine('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'WARNED'
assert json.headline == '2 violations within limits'
assert json.findings.collect { [it.rule, it.severity, it.line, it.column] } ==
        [['lint.UnusedPrivateField', 'WARNING', 4, 17], ['lint.EmptyCatchBlock', 'WARNING', 9, 11]]
assert json.measurements[0] == [name: 'violations of priority 1-2', value: '0', detail: '2 in all',
                                threshold: [maximum: 0], met: true]
assert json.details.violationsByPriority == ['3': 2]
