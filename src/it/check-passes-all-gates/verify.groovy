// Every gate passes: check prints each gate's summary as its own goal would, then the module's
// table, and writes the gate reports, report.json, report.md, devflow-junit.xml and devflow.sarif.
// One module: no reactor table. Not on a CI system: no workflow commands, no Code Quality report.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')
def slurp = { String name -> new JsonSlurper().parse(new File(devflow, name), 'UTF-8') }
def block = { List<String> expected ->
    assert Collections.indexOfSubList(lines, expected) >= 0 : 'build.log lacks, in this order:\n' + expected.join('\n')
}
def seconds = { long millis, String format -> String.format(Locale.ROOT, format, millis / 1000.0d) }
def pluginVersion = new XmlSlurper().parse(new File(basedir, 'pom.xml')).build.plugins.plugin
        .find { it.artifactId.text() == 'devflow-maven-plugin' }.version.text()
def gates = ['changelog', 'version', 'coverage', 'lint', 'static-analysis']

// Each gate's summary, as its own goal prints it, in the order of the gates.
def summaries = [
        '[INFO] devflow changelog: passed — changelog 0 problems',
        '[INFO] devflow version: passed — version 1.4.0-SNAPSHOT, 0 problems',
        '[INFO] devflow coverage: passed — line coverage 1.00; the 1 rule limit holds',
        '[INFO] devflow lint: passed — 0 violations within limits',
        '[INFO] devflow static-analysis: passed — 0 bugs',
]
def at = summaries.collect { lines.indexOf(it) }
assert at.every { it >= 0 } && at == at.sort(false) : "summaries missing or out of order: $at"
block(['[INFO]   measure   value  threshold', '[INFO]   problems      0  ≤ 0         ok (0 warnings)',
       '[INFO] Full report: ' + new File(devflow, 'changelog.json').path])
block(['[INFO]   latest changelog release           1.3.0', '[INFO]   latest tag                         1.3.0'])
assert lines.any { it ==~ /\[INFO\]   overall line coverage: BUNDLE LINE COVEREDRATIO +1\.00  ≥ 0\.85 +ok \(7 of 7 lines covered\)/ }
assert lines.any { it ==~ /\[INFO\]   violations of priority 1-5 +0  ≤ 0 +ok \(0 in all\)/ }
gates.each { assert lines.contains('[INFO] Full report: ' + new File(devflow, "${it}.json").path) }

// The table, after the last summary: a row per gate, status, result and time.
def report = slurp('report.json')
int table = lines.indexOf('[INFO] devflow check of check-passes-all-gates: passed')
assert table > at.last()
assert lines[table + 1] ==~ /\[INFO\]   gate +status +result +time/
def rows = lines.subList(table + 2, table + 7)
def headlines = ['changelog 0 problems', 'version 1.4.0-SNAPSHOT, 0 problems',
                 'line coverage 1.00; the 1 rule limit holds', '0 violations within limits', '0 bugs']
rows.eachWithIndex { row, i ->
    def cells = row.substring('[INFO]   '.length()).split(/ {2,}/)
    assert cells as List == [gates[i], 'passed', headlines[i], seconds(report.gates[i].millis, '%.1f s')] : row
}
assert !lines[table + 7].startsWith('[INFO]   ')
// One module: no reactor table.
assert !lines.any { it.contains('devflow check of the reactor') }
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') || it.startsWith('::') }

// report.json: the module, its status, and each gate as in <gate>.json, with its time.
assert report.keySet() as List == ['schemaVersion', 'module', 'status', 'gates']
assert report.schemaVersion == 1
assert report.module == 'check-passes-all-gates'
assert report.status == 'PASSED'
assert report.gates*.gate == gates
assert report.gates*.status == ['PASSED'] * 5
report.gates.each { gate ->
    assert gate.millis instanceof Integer || gate.millis instanceof Long
    assert gate.millis >= 0
    def own = slurp("${gate.gate}.json")
    own.remove('schemaVersion')
    assert gate.findAll { it.key != 'millis' } == own : "report.json's ${gate.gate} differs from ${gate.gate}.json"
}
def coverage = report.gates.find { it.gate == 'coverage' }
assert coverage.details.counters.LINE == [missed: 0, covered: 7]
assert coverage.details.counters.CLASS == [missed: 0, covered: 2]
def schema = evaluate([new File(basedir, '../check-passes-all-gates/ReportSchema.groovy'),
                       new File(basedir, '../../../src/it/check-passes-all-gates/ReportSchema.groovy')].find { it.isFile() })
assert schema(report, localRepositoryPath, pluginVersion) : 'the plugin jar ships no dev/devflow/report/report.schema.json'

// report.md: a heading and the table, nothing else when nothing failed or warned.
def markdown = new File(devflow, 'report.md').getText('UTF-8')
assert markdown == '## devflow check of check-passes-all-gates: passed\n\n' +
        '| gate | status | result | time |\n|---|---|---|---|\n' +
        (0..4).collect { "| ${gates[it]} | ✅ passed | ${headlines[it]} | ${seconds(report.gates[it].millis, '%.1f s')} |\n" }.join('')

// devflow-junit.xml: a test case per gate, none failed or skipped.
def suite = new XmlSlurper().parse(new File(devflow, 'devflow-junit.xml'))
assert suite.name() == 'testsuite'
assert suite.@name == 'devflow.check-passes-all-gates'
assert suite.@tests == '5' && suite.@failures == '0' && suite.@errors == '0' && suite.@skipped == '0'
assert suite.testcase*.@name*.text() == gates
assert suite.testcase*.@classname*.text() == ['devflow.check-passes-all-gates'] * 5
assert suite.testcase*.@time*.text() == report.gates.collect { seconds(it.millis, '%.3f') }
assert suite.testcase.failure.size() == 0 && suite.testcase.skipped.size() == 0

// devflow.sarif: SARIF 2.1.0 from devflow, with no results.
def sarif = slurp('devflow.sarif')
assert sarif.version == '2.1.0'
assert sarif.'$schema' == 'https://json.schemastore.org/sarif-2.1.0.json'
assert sarif.runs.size() == 1
assert sarif.runs[0].tool.driver.name == 'devflow'
assert sarif.runs[0].tool.driver.version == pluginVersion
assert sarif.runs[0].tool.driver.rules == []
assert sarif.runs[0].results == []

assert !new File(devflow, 'gl-code-quality-report.json').exists()
