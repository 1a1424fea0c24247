// Clean sources under the default rule set: the gate passes, the table shows 0 failing violations
// against 0 allowed, and lint.json is PASSED with no findings.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')

assert hasLine('[INFO] devflow lint: passed — 0 violations within limits')
assert hasMatch(/\[INFO\]   measure +value +threshold/)
assert hasMatch(/\[INFO\]   violations of priority 1-5 +0  ≤ 0 +ok \(0 in all\)/)
assert hasMatch(/\[INFO\]   suppressed +0 +by @SuppressWarnings or NOPMD/)
assert hasLine('[INFO] Full report: ' + report.path)
assert hasLine('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING] src/') || it.startsWith('[ERROR]') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.schemaVersion == 1 && json.gate == 'lint'
assert json.status == 'PASSED'
assert json.headline == '0 violations within limits'
assert json.findings == []
assert json.measurements == [
        [name: 'violations of priority 1-5', value: '0', detail: '0 in all', threshold: [maximum: 0], met: true],
        [name: 'suppressed', value: '0', detail: 'by @SuppressWarnings or NOPMD', met: true]]
assert json.details.violationsByRule == [:] && json.details.violationsByPriority == [:]
assert json.details.suppressed == 0
assert json.details.ruleSets == ['dev/devflow/lint/default-ruleset.xml']
assert json.details.languageVersion == '17'
