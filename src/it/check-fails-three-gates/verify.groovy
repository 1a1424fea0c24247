// Changelog, coverage and lint fail, version and static-analysis pass: every gate still runs, and the build fails
// once, at the end, with one message that lists each failed gate's block (what failed, the fix,
// where to start, the report). The reports say FAILED and carry the findings.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')
def slurp = { String name -> new JsonSlurper().parse(new File(devflow, name), 'UTF-8') }
def pluginVersion = new XmlSlurper().parse(new File(basedir, 'pom.xml')).build.plugins.plugin
        .find { it.artifactId.text() == 'devflow-maven-plugin' }.version.text()
def source = 'src/main/java/it/three/Amounts.java'
def sectionMessage = "'### Bug Fixes' is not a change type; use one of Added, Changed, Deprecated, Removed, Fixed, Security."
def lintMessage = "UnnecessaryImport  Unused import 'java.util.List'"

// Each gate's summary as info, in the order of the gates; the table marks the three.
def summaries = [
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO] devflow version: passed — version 1.4.0-SNAPSHOT, 0 problems',
        '[INFO] devflow coverage: FAILED — line coverage 0.50; 1 rule limit missed',
        '[INFO] devflow lint: FAILED — 1 violation; 1 limit missed',
        '[INFO] devflow static-analysis: passed — 0 bugs',
]
def at = summaries.collect { lines.indexOf(it) }
assert at.every { it >= 0 } && at == at.sort(false) : "summaries missing or out of order: $at"
int table = lines.indexOf('[INFO] devflow check of check-fails-three-gates: FAILED')
assert table > at.last()
assert lines[table + 2] ==~ /\[INFO\]   changelog +FAILED +changelog 1 problem +\d+\.\d s/
assert lines[table + 3] ==~ /\[INFO\]   version +passed +version 1\.4\.0-SNAPSHOT, 0 problems +\d+\.\d s/
assert lines[table + 4] ==~ /\[INFO\]   coverage +FAILED +line coverage 0\.50; 1 rule limit missed +\d+\.\d s/
assert lines[table + 5] ==~ /\[INFO\]   lint +FAILED +1 violation; 1 limit missed +\d+\.\d s/
assert lines[table + 6] ==~ /\[INFO\]   static-analysis +passed +0 bugs +\d+\.\d s/

// One failure of the build, after the table, for the check goal; under it every failed gate's block.
def failures = lines.findIndexValues { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 1
int failed = failures[0] as int
assert lines[failed] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:check \(default\) / +
        /on project check-fails-three-gates: devflow: 3 gates failed: changelog, coverage, lint/
assert failed > table
def message = lines.subList(failed + 1, lines.indexOf('[ERROR] -> [Help 1]'))
assert message == [
        '[ERROR] devflow changelog gate failed: changelog 1 problem',
        '[ERROR]   1 problem in CHANGELOG.md, expected none: fix the lines below.',
        '[ERROR]   CHANGELOG.md:5  ' + sectionMessage,
        '[ERROR] Full report: ' + new File(devflow, 'changelog.json').path,
        '[ERROR] devflow coverage gate failed: line coverage 0.50; 1 rule limit missed',
        '[ERROR]   overall line coverage: Rule violated for bundle check-fails-three-gates: lines covered ratio is 0.50,' +
                ' but expected minimum is 0.85 — cover 3 more lines to reach 0.85',
        '[ERROR] Where to start:',
        "[ERROR]   $source:20-23  it.three.Amounts: 4 of 8 lines not covered, at 20-23",
        '[ERROR] Full report: ' + new File(devflow, 'coverage.json').path,
        '[ERROR] devflow lint gate failed: 1 violation; 1 limit missed',
        '[ERROR]   1 PMD violation of priority 5 or higher, but at most 0 allowed: fix them, or suppress a deliberate' +
                ' one with @SuppressWarnings("PMD.Rule").',
        "[ERROR]   $source:3:1  $lintMessage",
        '[ERROR] Full report: ' + new File(devflow, 'lint.json').path,
]
assert !lines.any { it.contains('devflow version gate failed') || it.contains('devflow static-analysis gate failed') }
// The version gate passed: its report is named where it passed.
assert lines.contains('[INFO] Full report: ' + new File(devflow, 'version.json').path)
assert lines.contains('[INFO] BUILD FAILURE')
assert !lines.any { it ==~ /\s+at [\w.$]+\(.*\)/ || it.startsWith('Caused by:') }
assert !lines.any { it.startsWith('::') }

// report.json: FAILED, the three failed gates with their findings.
def report = slurp('report.json')
assert report.schemaVersion == 1
assert report.module == 'check-fails-three-gates'
assert report.status == 'FAILED'
assert report.gates.collect { [it.gate, it.status] } ==
        [['changelog', 'FAILED'], ['version', 'PASSED'], ['coverage', 'FAILED'], ['lint', 'FAILED'],
         ['static-analysis', 'PASSED']]
assert report.gates.every { it.millis instanceof Number && it.millis >= 0 }
assert report.gates[0].findings == [[rule: 'changelog.section', severity: 'ERROR', message: sectionMessage,
                                     path: 'CHANGELOG.md', line: 5, endLine: 5]]
def rule = report.gates[2].measurements.find { it.name == 'overall line coverage: BUNDLE LINE COVEREDRATIO' }
assert rule.met == false && rule.value == '0.50' && rule.threshold.minimum == 0.85
// every lint finding carries its fingerprint, the identity the baseline records
assert report.gates[3].findings.every { it.fingerprint ==~ /[0-9a-f]{16}/ }
assert report.gates[3].findings.collect { it.findAll { k, v -> k != 'fingerprint' } } == [[rule: 'lint.UnnecessaryImport', severity: 'ERROR', message: lintMessage,
                                     path: source, line: 3, endLine: 3, column: 1]]
assert report.gates[4].findings == []
report.gates.each { gate ->
    def own = slurp("${gate.gate}.json")
    own.remove('schemaVersion')
    assert gate.findAll { it.key != 'millis' } == own : "report.json's ${gate.gate} differs from ${gate.gate}.json"
}
def schema = evaluate([new File(basedir, '../check-passes-all-gates/ReportSchema.groovy'),
                       new File(basedir, '../../../src/it/check-passes-all-gates/ReportSchema.groovy')].find { it.isFile() })
assert schema(report, localRepositoryPath, pluginVersion) : 'the plugin jar ships no dev/devflow/report/report.schema.json'

// report.md: the table with the failed gates marked, and the errors by gate with their places.
def markdown = new File(devflow, 'report.md').getText('UTF-8').readLines()
assert markdown[0] == '## devflow check of check-fails-three-gates: FAILED'
assert markdown[2..3] == ['| gate | status | result | time |', '|---|---|---|---|']
assert markdown[4] ==~ /\| changelog \| ❌ FAILED \| changelog 1 problem \| \d+\.\d s \|/
assert markdown[5] ==~ /\| version \| ✅ passed \| version 1\.4\.0-SNAPSHOT, 0 problems \| \d+\.\d s \|/
assert markdown[6] ==~ /\| coverage \| ❌ FAILED \| line coverage 0\.50; 1 rule limit missed \| \d+\.\d s \|/
assert markdown[7] ==~ /\| lint \| ❌ FAILED \| 1 violation; 1 limit missed \| \d+\.\d s \|/
assert markdown[8] ==~ /\| static-analysis \| ✅ passed \| 0 bugs \| \d+\.\d s \|/
assert markdown.subList(9, markdown.size()) == [
        '',
        '### changelog: 1 error',
        '',
        "- `CHANGELOG.md:5` $sectionMessage",
        '',
        '### lint: 1 error',
        '',
        "- `$source:3:1` $lintMessage",
]

// devflow-junit.xml: 5 test cases, the three gates failed, each with its failure message.
def suite = new XmlSlurper().parse(new File(devflow, 'devflow-junit.xml'))
assert suite.@name == 'devflow.check-fails-three-gates'
assert suite.@tests == '5' && suite.@failures == '3' && suite.@errors == '0' && suite.@skipped == '0'
assert suite.testcase*.@name*.text() == ['changelog', 'version', 'coverage', 'lint', 'static-analysis']
def failure = { String gate -> suite.testcase.find { it.@name == gate }.failure }
assert failure('version').size() == 0 && failure('static-analysis').size() == 0
assert failure('changelog').@message == 'changelog 1 problem' && failure('changelog').@type == 'gate'
assert failure('changelog').text().readLines() == ['devflow changelog gate failed: changelog 1 problem',
        '  1 problem in CHANGELOG.md, expected none: fix the lines below.', '  CHANGELOG.md:5  ' + sectionMessage]
assert failure('coverage').@message == 'line coverage 0.50; 1 rule limit missed'
assert failure('coverage').text().contains('cover 3 more lines to reach 0.85')
assert failure('lint').@message == '1 violation; 1 limit missed'
assert failure('lint').text().readLines().last() == "  $source:3:1  $lintMessage"

// devflow.sarif: coverage's uncovered lines (a note on the class) and its missed limit, placed on the
// module's pom (the limit has no finding of its own), and the lint finding with its rule, level and
// place; not the changelog's (no code finding).
def sarif = slurp('devflow.sarif')
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'devflow' && run.tool.driver.version == pluginVersion
assert run.tool.driver.rules*.id == ['coverage.uncovered-lines', 'coverage.threshold-missed', 'lint.UnnecessaryImport']
assert run.tool.driver.rules[2].name == 'UnnecessaryImport'
assert run.results.size() == 3
assert run.results[0].ruleId == 'coverage.uncovered-lines' && run.results[0].level == 'note'
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == 'src/main/java/it/three/Amounts.java'
def coverageResult = run.results[1]
assert coverageResult.ruleId == 'coverage.threshold-missed' && coverageResult.level == 'error'
assert coverageResult.message.text.contains('cover 3 more lines to reach 0.85')
assert coverageResult.locations[0].physicalLocation.artifactLocation == [uri: 'pom.xml', uriBaseId: '%SRCROOT%']
def result = run.results[2]
assert result.ruleId == 'lint.UnnecessaryImport' && result.ruleIndex == 2
assert result.level == 'error'
assert result.message.text == lintMessage
assert result.locations.size() == 1
def physical = result.locations[0].physicalLocation
assert physical.artifactLocation == [uri: source, uriBaseId: '%SRCROOT%']
assert physical.region == [startLine: 3, startColumn: 1, endLine: 3]
