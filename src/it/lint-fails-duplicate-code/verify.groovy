// Invoices and Receipts share the same score() method. -Ddevflow.lint.maxDuplications=0 turns on
// duplicate detection (CPD, -Ddevflow.lint.minimumTokens=50): the one duplicate fails the gate and
// names both places. The rule set itself finds nothing.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def duplicate = 'src/main/java/it/dup/Invoices.java:3-25  126 tokens (23 lines) duplicated, also at' +
        ' src/main/java/it/dup/Receipts.java:3-25'
def limit = '1 duplicated block of 50 tokens or more, but at most 0 allowed: extract the shared code.'

assert hasLine('[INFO] devflow lint: FAILED — 0 violations; 1 limit missed')
assert hasMatch(/\[INFO\]   violations of priority 1-5 +0  ≤ 0 +ok \(0 in all\)/)
assert hasMatch(/\[INFO\]   duplicated blocks +1  ≤ 0 +MISSED \(at least 50 tokens each\)/)
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on project / +
        /lint-fails-duplicate-code: devflow lint gate failed: 0 violations; 1 limit missed/)
assert hasLine('[ERROR]   ' + limit)
assert hasLine('[ERROR]   ' + duplicate)
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '0 violations; 1 limit missed'
assert json.findings == [[rule: 'lint.duplicate-code', severity: 'ERROR',
                          message: '126 tokens (23 lines) duplicated, also at src/main/java/it/dup/Receipts.java:3-25',
                          path: 'src/main/java/it/dup/Invoices.java', line: 3, endLine: 25]]
assert json.measurements.find { it.name == 'duplicated blocks' } == [name: 'duplicated blocks', value: '1',
        detail: 'at least 50 tokens each', threshold: [maximum: 0], met: false, message: limit]
