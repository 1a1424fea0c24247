// The README's adoption path. Orders.java:8 has an empty catch block, Stock.java:4 an unused private
// field; the test covers every line. Build 1: check fails lint as a warning (failOnError=false) and
// devflow:baseline records the module: coverage ratios and both violations (and SpotBugs' unused
// field, which check does not run here but the baseline records all the same). Build 2 on the same
// code: both violations are known notes, lint and coverage pass.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def baselineFile = new File(basedir, '.devflow/baseline.json')
def report = new File(basedir, 'target/devflow/lint.json')
def orders = 'src/main/java/it/legacy/Orders.java'
def stock = 'src/main/java/it/legacy/Stock.java'

// Build 1: lint fails as a warning; the baseline is written.
assert first.contains('[WARNING] devflow check: 1 gate failed, but failOnError=false lets the build pass')
assert first.contains("[WARNING]   $orders:8:11  EmptyCatchBlock  Avoid empty catch blocks".toString())
assert first.contains("[WARNING]   $stock:4:17  UnusedPrivateField  Avoid unused private fields such as 'reserved'.".toString())
assert first.contains('[INFO] devflow baseline: dev.devflow.it:baseline-passes-legacy-lint-known: 5 coverage ratios, 2 lint' +
        ' and 1 static-analysis findings; ' + baselineFile.path + ' written')
assert first.contains('[INFO] BUILD SUCCESS')

// Build 2: every gate passes, the violations counted as known.
assert second.contains('[INFO] devflow lint: passed — 2 violations within limits')
assert second.any { it ==~ /\[INFO\]   violations of priority 1-5, not in the baseline +0  ≤ 0 +ok \(2 in all\)/ }
assert second.any { it ==~ /\[INFO\]   known \(baseline\) +2 +none recorded is fixed/ }
assert second.any { it ==~ /\[INFO\]   LINE against the baseline +1\.0000  ≥ 0\.9995 +ok \(recorded 1\.0000\)/ }
assert second.contains('[INFO] devflow check of baseline-passes-legacy-lint-known: passed')
assert second.contains('[INFO] BUILD SUCCESS')
assert !second.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }

// The baseline: coverage as recorded (no BRANCH ratio: the code has no branches), the two
// violations sorted by path, each with its rule and fingerprint.
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.schemaVersion == 1
def module = baseline.modules['dev.devflow.it:baseline-passes-legacy-lint-known']
assert module.coverage.keySet() as List == ['INSTRUCTION', 'LINE', 'COMPLEXITY', 'METHOD', 'CLASS']
assert module.coverage.values().every { it == 1.0 }
assert module.findings.keySet() as List == ['lint', 'static-analysis']
assert module.findings.lint.collect { [it.rule, it.path] } == [['lint.EmptyCatchBlock', orders], ['lint.UnusedPrivateField', stock]]
assert module.findings.lint.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert module.findings.'static-analysis'.collect { [it.rule, it.path] } == [['static-analysis.UUF_UNUSED_FIELD', stock]]

// lint.json: both findings notes, known, matched by the recorded fingerprints.
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.findings.collect { [it.rule, it.severity, it.path, it.line] } == [
        ['lint.EmptyCatchBlock', 'NOTE', orders, 8], ['lint.UnusedPrivateField', 'NOTE', stock, 4]]
assert json.findings.every { it.message.startsWith('known (in the baseline): ') }
assert json.findings*.fingerprint == module.findings.lint*.fingerprint
assert json.measurements.find { it.name == 'violations of priority 1-5, not in the baseline' }.subMap(['value', 'met']) ==
        [value: '0', met: true]
true
