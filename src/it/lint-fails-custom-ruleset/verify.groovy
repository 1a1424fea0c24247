// <rulesets><ruleset>config/pmd.xml</ruleset></rulesets>: the project's file replaces the default
// rule set. Its one rule, ShortVariable, reports 'n'; the unused private field, which the default
// set would report, is not.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { String regex -> lines.any { it ==~ regex } }
def report = new File(basedir, 'target/devflow/lint.json')
def shortName = 'src/main/java/it/custom/Prices.java:7:13  ShortVariable  Avoid variables with short names like n'

assert hasLine('[INFO] devflow lint: FAILED — 1 violation; 1 limit missed')
assert hasMatch(/\[INFO\]   violations of priority 1-5 +1  ≤ 0 +MISSED \(1 in all\)/)
assert hasMatch(/\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:lint \(default\) on project / +
        /lint-fails-custom-ruleset: devflow lint gate failed: 1 violation; 1 limit missed/)
assert hasLine('[ERROR]   ' + shortName)
assert !lines.any { it.contains('UnusedPrivateField') }
// the default rule set is not even loaded (it would warn about its deprecated rules)
assert !lines.any { it.contains('default-ruleset.xml') }
assert hasLine('[ERROR] Full report: ' + report.path)
assert hasLine('[INFO] BUILD FAILURE')

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
// each finding carries its fingerprint, the identity the baseline records
assert json.findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert json.findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [[rule: 'lint.ShortVariable', severity: 'ERROR',
                          message: 'ShortVariable  Avoid variables with short names like n',
                          path: 'src/main/java/it/custom/Prices.java', line: 7, endLine: 7, column: 13]]
assert json.details.violationsByRule == [ShortVariable: 1]
assert json.details.ruleSets == [new File(basedir, 'config/pmd.xml').path]
