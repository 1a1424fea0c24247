// jacoco:report (0.8.15) and devflow read the same target/jacoco.exec and target/classes; the
// six counters must agree exactly. Orders has branches, a switch, lambdas, an uncovered method
// and a nested class no test loads; Status is an enum (filtered values()/valueOf()).
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
assert lines.contains('[INFO] Loading execution data file ' + new File(basedir, 'target/jacoco.exec').path)
assert lines.contains('[INFO] BUILD SUCCESS')

def parser = new XmlSlurper(false, false, true)
parser.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
def xml = parser.parse(new File(basedir, 'target/site/jacoco/jacoco.xml'))
def jacoco = [:]
xml.counter.each { c -> jacoco[c.@type.text()] = [missed: c.@missed.text() as int, covered: c.@covered.text() as int] }
assert jacoco.keySet() == ['INSTRUCTION', 'BRANCH', 'LINE', 'COMPLEXITY', 'METHOD', 'CLASS'] as Set

def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'), 'UTF-8')
assert json.status == 'PASSED'
jacoco.each { type, counts ->
    assert json.details.counters[type] == counts : "$type differs from jacoco.xml"
    // Something missed and something covered in every counter, so the comparison means something.
    assert counts.missed > 0 && counts.covered > 0 : "$type is trivial"
    // The console table shows the same numbers.
    def total = counts.missed + counts.covered
    assert lines.any { it ==~ /\[INFO\]   ${type} +\S+ +${counts.covered} of ${total} covered/ } : "$type row"
}
// Lines do not depend on the compiler's instruction choices: 17 in all, 4 untested
// (labels(), reset() and the two of Audit).
assert json.details.counters.LINE == [missed: 4, covered: 13]
