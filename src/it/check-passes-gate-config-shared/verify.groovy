// The gates inside check are configured as their own goals would be: by the plugin-level
// <configuration> (minimum 0.50, a critical package, one lint violation allowed) and by the
// check execution's (criticalMinimum 0.90). Under the defaults (0.85, no critical package, 0.95,
// none allowed) this module would fail coverage and lint; here both pass.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')
def slurp = { String name -> new JsonSlurper().parse(new File(devflow, name), 'UTF-8') }

// No coverage or lint goal of their own: check alone evaluates them.
assert !lines.any { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:(coverage|lint) .*/ }
assert lines.any { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:check \(gates\) @ check-passes-gate-config-shared ---/ }

assert lines.contains('[INFO] devflow coverage: passed — line coverage 0.64; all 2 rule limits hold')
assert lines.any { it ==~ /\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +0\.64  ≥ 0\.50 +ok \(11 of 17 lines covered\)/ }
assert lines.any { it ==~ /\[INFO\]   critical packages: PACKAGE LINE COVEREDRATIO +0\.90  ≥ 0\.90 +ok \(9 of 10 lines covered\)/ }
def coverage = slurp('coverage.json')
assert coverage.status == 'PASSED'
def overall = coverage.measurements.find { it.name == 'overall line coverage: BUNDLE LINE COVEREDRATIO' }
assert overall.value == '0.64' && overall.threshold.keySet() == ['minimum'] as Set && overall.threshold.minimum == 0.50
assert overall.met == true
def critical = coverage.measurements.findAll { it.name.startsWith('critical packages:') }
assert critical.size() == 1
assert critical[0].name == 'critical packages: PACKAGE LINE COVEREDRATIO'
assert critical[0].value == '0.90' && critical[0].detail == '9 of 10 lines covered'
assert critical[0].threshold.keySet() == ['minimum'] as Set && critical[0].threshold.minimum == 0.90
assert critical[0].met == true

// lint: the one violation is within the plugin-level maxAllowedViolations, so a warning.
assert lines.contains('[INFO] devflow lint: passed with warnings — 1 violation within limits')
assert lines.any { it ==~ /\[INFO\]   violations of priority 1-5 +1  ≤ 1 +ok \(1 in all\)/ }
def unused = "src/main/java/it/shared/receipt/Printer.java:3:1  UnnecessaryImport  Unused import 'java.util.List'"
assert lines.count('[WARNING] ' + unused) == 1
def lint = slurp('lint.json')
assert lint.status == 'WARNED'
assert lint.measurements.find { it.name == 'violations of priority 1-5' }.threshold == [maximum: 1]
assert lint.findings*.severity == ['WARNING']

int table = lines.indexOf('[INFO] devflow check of check-passes-gate-config-shared: passed with warnings')
assert table >= 0
assert lines[table + 4] ==~ /\[INFO\]   coverage +passed +line coverage 0\.64; all 2 rule limits hold +\d+\.\d s/
assert lines[table + 5] ==~ /\[INFO\]   lint +passed with warnings +1 violation within limits +\d+\.\d s/
assert lines[table + 6] ==~ /\[INFO\]   static-analysis +passed +0 bugs +\d+\.\d s/
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }
assert lines.findAll { it.startsWith('[WARNING]') } == ['[WARNING] ' + unused]

def report = slurp('report.json')
assert report.status == 'WARNED'
assert report.gates*.status == ['PASSED', 'PASSED', 'PASSED', 'WARNED', 'PASSED']
// A warning is a SARIF warning.
def sarif = slurp('devflow.sarif')
// coverage passed: its uncovered lines as notes, no missed limit; lint's warning
assert sarif.runs[0].results.collect { [it.ruleId, it.level] } ==
        [['coverage.uncovered-lines', 'note'], ['coverage.uncovered-lines', 'note'], ['lint.UnnecessaryImport', 'warning']]
assert new File(devflow, 'report.md').getText('UTF-8').contains('### lint: 1 warning\n')
