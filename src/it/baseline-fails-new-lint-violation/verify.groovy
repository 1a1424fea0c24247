// Build 1 records the legacy Inventory's two violations (UnusedPrivateField, EmptyCatchBlock in
// parse()) although the lint goal is skipped: devflow:baseline evaluates the gate itself.
// Build 2 has a method count() inserted above them, with an empty catch block of its own, and the
// old lines moved down, reindented and respaced. Fingerprints leave out the line number and the
// whitespace, so the two old violations are known; the new one is in another method, so it is new
// although its line reads the same: it alone fails.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 2
def first = all.subList(starts[0], starts[1])
def second = all.subList(starts[1], all.size())
def baselineFile = new File(basedir, '.devflow/baseline.json')
def report = new File(basedir, 'target/devflow/lint.json')
def path = 'src/main/java/it/legacy/Inventory.java'
def noStackTrace = { List<String> lines -> !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') } }

// Build 1: the gate skipped, the baseline recorded all the same.
assert first.contains('[INFO] devflow lint: skipped (devflow.lint.skip)')
assert first.contains('[INFO] devflow baseline: dev.devflow.it:baseline-fails-new-lint-violation: 0 coverage ratios,' +
        ' 2 lint and 1 static-analysis findings; ' + baselineFile.path + ' written')
assert first.contains('[INFO] BUILD SUCCESS')

// Build 2: one new violation fails, the two known ones are notes.
assert second.contains('[INFO] devflow lint: FAILED — 3 violations; 1 limit missed')
assert second.any { it ==~ /\[INFO\]   violations of priority 1-5, not in the baseline +1  ≤ 0 +MISSED \(3 in all\)/ }
assert second.any { it ==~ /\[INFO\]   known \(baseline\) +2 +none recorded is fixed/ }
int error = second.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
assert second[error].endsWith(':lint (default) on project baseline-fails-new-lint-violation: devflow lint gate failed:' +
        ' 3 violations; 1 limit missed')
assert second[error + 1] == '[ERROR]   1 PMD violation of priority 5 or higher not in the baseline, but at most 0 allowed:' +
        ' fix them, or suppress a deliberate one with @SuppressWarnings("PMD.Rule").'
assert second[error + 2] == "[ERROR]   $path:9:11  EmptyCatchBlock  Avoid empty catch blocks"
// the known ones are counted, not listed, and never as failing errors
assert second.contains('[ERROR] Known (in the baseline), not counted: 2; listed in the full report.')
assert !second.any { it.contains("known (in the baseline): ") }
assert !second.contains("[ERROR]   $path:19:13  EmptyCatchBlock  Avoid empty catch blocks".toString())
assert second.contains('[ERROR] Full report: ' + report.path)
assert second.contains('[INFO] BUILD FAILURE')
assert noStackTrace(all)

// The baseline: both violations of build 1, sorted by rule, and untouched by build 2.
def baseline = new JsonSlurper().parse(baselineFile, 'UTF-8')
assert baseline.schemaVersion == 1
assert baseline.modules.keySet() as List == ['dev.devflow.it:baseline-fails-new-lint-violation']
def module = baseline.modules['dev.devflow.it:baseline-fails-new-lint-violation']
assert module.coverage == [:] // no JaCoCo agent in this module
def lint = module.findings.lint
assert lint*.rule == ['lint.EmptyCatchBlock', 'lint.UnusedPrivateField']
assert lint.every { it.path == path && it.fingerprint ==~ /[0-9a-f]{16}/ }

// The report: the new finding an error, the known ones notes, each carrying its fingerprint.
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.collect { [it.rule, it.severity, it.line] } == [
        ['lint.EmptyCatchBlock', 'ERROR', 9], ['lint.UnusedPrivateField', 'NOTE', 14], ['lint.EmptyCatchBlock', 'NOTE', 19]]
assert json.findings[1].message == "known (in the baseline): UnusedPrivateField  Avoid unused private fields such as 'reserved'."
// the known ones are matched by the fingerprints build 1 recorded; the new one has its own
def recorded = lint.collectEntries { [(it.rule): it.fingerprint] }
assert json.findings[1].fingerprint == recorded['lint.UnusedPrivateField']
assert json.findings[2].fingerprint == recorded['lint.EmptyCatchBlock']
assert json.findings[0].fingerprint ==~ /[0-9a-f]{16}/ && !(json.findings[0].fingerprint in recorded.values())
assert json.measurements.find { it.name == 'known (baseline)' }.subMap(['value', 'detail', 'met']) ==
        [value: '2', detail: 'none recorded is fixed', met: true]
true
