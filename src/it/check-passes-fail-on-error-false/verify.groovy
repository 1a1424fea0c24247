// -Ddevflow.failOnError=false: the gates of check-fails-three-gates fail as before and the reports
// say so, but the build passes with one warning that counts the failed gates.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')
def slurp = { String name -> new JsonSlurper().parse(new File(devflow, name), 'UTF-8') }

def summaries = [
        '[INFO] devflow changelog: FAILED — changelog 1 problem',
        '[INFO] devflow version: passed — version 1.4.0-SNAPSHOT, 0 problems',
        '[INFO] devflow coverage: FAILED — line coverage 0.50; 1 rule limit missed',
        '[INFO] devflow lint: FAILED — 1 violation; 1 limit missed',
        '[INFO] devflow static-analysis: passed — 0 bugs',
]
def at = summaries.collect { lines.indexOf(it) }
assert at.every { it >= 0 } && at == at.sort(false) : "summaries missing or out of order: $at"
int table = lines.indexOf('[INFO] devflow check of check-passes-fail-on-error-false: FAILED')
assert table > at.last()
assert lines[table + 2] ==~ /\[INFO\]   changelog +FAILED +changelog 1 problem +\d+\.\d s/
assert lines[table + 3] ==~ /\[INFO\]   version +passed +version 1\.4\.0-SNAPSHOT, 0 problems +\d+\.\d s/
assert lines[table + 4] ==~ /\[INFO\]   coverage +FAILED +line coverage 0\.50; 1 rule limit missed +\d+\.\d s/
assert lines[table + 5] ==~ /\[INFO\]   lint +FAILED +1 violation; 1 limit missed +\d+\.\d s/
assert lines[table + 6] ==~ /\[INFO\]   static-analysis +passed +0 bugs +\d+\.\d s/
def warning = '[WARNING] devflow check: 3 gates failed, but failOnError=false lets the build pass'
assert lines.count(warning) == 1
assert lines.indexOf(warning) > table + 6
// what would have failed the build is still said, as warnings
['changelog gate failed: changelog 1 problem', 'coverage gate failed: line coverage 0.50; 1 rule limit missed',
 'lint gate failed: 1 violation; 1 limit missed'].each {
    assert lines.indexOf('[WARNING] devflow ' + it) > lines.indexOf(warning)
}
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }

// The reports are those of a failed check.
def report = slurp('report.json')
assert report.module == 'check-passes-fail-on-error-false'
assert report.status == 'FAILED'
assert report.gates.collect { [it.gate, it.status] } ==
        [['changelog', 'FAILED'], ['version', 'PASSED'], ['coverage', 'FAILED'], ['lint', 'FAILED'],
         ['static-analysis', 'PASSED']]
['changelog', 'coverage', 'lint'].each { assert slurp("${it}.json").status == 'FAILED' }
assert new File(devflow, 'report.md').getText('UTF-8').startsWith('## devflow check of check-passes-fail-on-error-false: FAILED\n')
def suite = new XmlSlurper().parse(new File(devflow, 'devflow-junit.xml'))
assert suite.@tests == '5' && suite.@failures == '3'
def sarif = slurp('devflow.sarif')
// coverage's uncovered lines (notes), its missed limit (an error on the pom), lint's finding
assert sarif.runs[0].results*.ruleId == ['coverage.uncovered-lines', 'coverage.threshold-missed', 'lint.UnnecessaryImport']
assert sarif.runs[0].results*.level == ['note', 'error', 'error']
assert sarif.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri == 'pom.xml'
