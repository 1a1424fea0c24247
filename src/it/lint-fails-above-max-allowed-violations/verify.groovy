// -Ddevflow.lint.maxAllowedViolations=2 and three violations: one over the limit fails the gate,
// and then every failing violation is an error (not only the one over the limit).
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def limit = '3 PMD violations of priority 5 or higher, but at most 2 allowed: fix them, or suppress a deliberate one' +
        ' with @SuppressWarnings("PMD.Rule").'

assert hasLine('[INFO] devflow lint: FAILED — 3 violations; 1 limit missed')
assert hasMatch(/\[INFO\]   violations of priority 1-5 +3  ≤ 2 +MISSED \(3 in all\)/)
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on project / +
        /lint-fails-above-max-allowed-violations: devflow lint gate failed: 3 violations; 1 limit missed/)
assert hasLine('[ERROR]   ' + limit)
assert hasLine("[ERROR]   src/main/java/it/allowed/Basket.java:3:1  UnnecessaryImport  Unused import 'java.util.List'")
assert hasLine("[ERROR]   src/main/java/it/allowed/Basket.java:7:13  UnusedLocalVariable  Avoid unused local variables" +
        " such as 'spare'.")
assert hasLine('[ERROR]   src/main/java/it/allowed/Basket.java:8:16  UselessParentheses  Useless parentheses around' +
        ' `items * 2`.')
assert !lines.any { it.startsWith('[WARNING] src/') }
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.headline == '3 violations; 1 limit missed'
assert json.findings.collect { [it.rule, it.severity, it.line, it.column] } == [
        ['lint.UnnecessaryImport', 'ERROR', 3, 1], ['lint.UnusedLocalVariable', 'ERROR', 7, 13],
        ['lint.UselessParentheses', 'ERROR', 8, 16]]
assert json.measurements[0] == [name: 'violations of priority 1-5', value: '3', detail: '3 in all',
                                threshold: [maximum: 2], met: false, message: limit]
