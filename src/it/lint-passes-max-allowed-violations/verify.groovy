// -Ddevflow.lint.maxAllowedViolations=2 and exactly two violations: at the limit the gate passes,
// the violations shown as warnings. (lint-fails-above-max-allowed-violations has three.)
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')

assert hasLine('[INFO] devflow lint: passed with warnings — 2 violations within limits')
assert hasMatch(/\[INFO\]   violations of priority 1-5 +2  ≤ 2 +ok \(2 in all\)/)
assert hasLine("[WARNING] src/main/java/it/allowed/Basket.java:3:1  UnnecessaryImport  Unused import 'java.util.List'")
assert hasLine("[WARNING] src/main/java/it/allowed/Basket.java:7:13  UnusedLocalVariable  Avoid unused local variables" +
        " such as 'spare'.")
assert hasLine('[INFO] Full report: ' + report.path)
assert hasLine('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'WARNED'
assert json.headline == '2 violations within limits'
assert json.findings.collect { [it.rule, it.severity, it.line] } ==
        [['lint.UnnecessaryImport', 'WARNING', 3], ['lint.UnusedLocalVariable', 'WARNING', 7]]
assert json.measurements[0] == [name: 'violations of priority 1-5', value: '2', detail: '2 in all',
                                threshold: [maximum: 2], met: true]
assert json.details.violationsByRule == [UnnecessaryImport: 1, UnusedLocalVariable: 1]
assert json.details.violationsByPriority == ['3': 1, '4': 1]
