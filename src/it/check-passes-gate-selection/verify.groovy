// -Ddevflow.check.gates=changelog: only the changelog gate runs. The others would fail here (an
// unused private field, classes without coverage data, no git repository), so the build passing
// shows they did not run; no report of theirs is written, and every check report lists one gate.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def devflow = new File(basedir, 'target/devflow')

assert lines.contains('[INFO] devflow changelog: passed — changelog 0 problems')
['version', 'coverage', 'lint', 'static-analysis'].each { gate ->
    assert !lines.any { it.startsWith("[INFO] devflow $gate") } : "the $gate gate ran"
    assert !new File(devflow, "${gate}.json").exists()
}
int table = lines.indexOf('[INFO] devflow check of check-passes-gate-selection: passed')
assert table >= 0
assert lines[table + 1] ==~ /\[INFO\]   gate +status +result +time/
assert lines[table + 2] ==~ /\[INFO\]   changelog +passed +changelog 0 problems +\d+\.\d s/
assert !lines[table + 3].startsWith('[INFO]   ')
assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }

def report = new JsonSlurper().parse(new File(devflow, 'report.json'), 'UTF-8')
assert report.status == 'PASSED'
assert report.gates*.gate == ['changelog']
def suite = new XmlSlurper().parse(new File(devflow, 'devflow-junit.xml'))
assert suite.@tests == '1' && suite.testcase*.@name*.text() == ['changelog']
assert new File(devflow, 'report.md').getText('UTF-8').readLines().size() == 5
