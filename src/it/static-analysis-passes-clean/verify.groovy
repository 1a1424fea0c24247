// Two clean classes: SpotBugs 4.10.4 with FindSecBugs reports nothing, so the gate passes, prints its
// table and where the report is, and keeps its result in a cache file next to the report.
import groovy.json.JsonSlurper

// without the lines of the first build that resolves devflow's dependencies into the shared repository
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines().findAll { !it.startsWith('[INFO] Download') }
def hasLine = { String expected -> lines.contains(expected) }
def report = new File(basedir, 'target/devflow/static-analysis.json')

int step = lines.findIndexOf { it ==~ /\[INFO\] --- devflow(-maven-plugin)?:[^:]+:static-analysis \(default\) @ static-analysis-passes-clean ---/ }
assert step > lines.findIndexOf { it ==~ /\[INFO\] --- (maven-)?jar(-plugin)?:.*/ } : 'the goal runs in verify, after package'
assert lines.subList(step + 1, step + 5) == [
        '[INFO] devflow static-analysis: passed — 0 bugs',
        '[INFO]   measure                   value  threshold',
        '[INFO]   bugs at threshold medium      0  ≤ 0         ok (0 of them security)',
        '[INFO] Full report: ' + report.path]
assert hasLine('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[WARNING]') || it.startsWith('[ERROR]') }
assert !lines.any { it.contains('The following errors occurred during analysis') || it.contains('were missing') }

def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.schemaVersion == 1
assert json.gate == 'static-analysis'
assert json.status == 'PASSED'
assert json.headline == '0 bugs'
assert json.measurements.collect { it.subMap(['name', 'value', 'detail', 'threshold', 'met']) } == [
        [name: 'bugs at threshold medium', value: '0', detail: '0 of them security', threshold: [maximum: 0], met: true]]
assert json.findings == []
// when SpotBugs ran: an ISO instant each, the end not before the start
def ran = json.details.remove('analysis')
assert !java.time.Instant.parse(ran.ended).isBefore(java.time.Instant.parse(ran.started))
assert json.details == [bugsByCategory: [:], bugsByRank: [:], complete: true, analysisErrors: [], missingClasses: []]

// the result is kept for the next build of unchanged classes
def cached = new File(basedir, 'target/devflow').listFiles().findAll { it.name.startsWith('spotbugs-') }
assert cached.size() == 1 && cached[0].name ==~ /spotbugs-[0-9a-f]+\.cache/
assert cached[0].getText('UTF-8') == ''
