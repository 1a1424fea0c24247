// jacoco:report-aggregate (0.8.15, in report) and devflow's reactor aggregate (run in report, the
// last module) read the same execution data, core/target/jacoco.exec and app/target/jacoco.exec,
// over the same classes, core's and app's (root and report have none); the six counters must
// agree exactly. core's Pricing runs partly under core's own test and partly under app's tests,
// so both files must be merged; Ledger is never loaded; Checkout has a string switch, a record
// (generated members filtered) and a method nobody calls.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

// Built three times (invoker.properties): sequentially, then with -T 4 from clean, then the subset
// -pl app -am with -T 4; jacoco's report is the second build's (report is not in the third), and
// every build's console table must show the same six counters.
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def serial = all.subList(starts[0], starts[1])
def lines = all.subList(starts[1], starts[2])
def subset = all.subList(starts[2], all.size())
assert lines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') }
assert !serial.any { it.contains('MultiThreadedBuilder') }
def coreExec = new File(basedir, 'core/target/jacoco.exec')
def appExec = new File(basedir, 'app/target/jacoco.exec')
def aggregateReport = new File(basedir, 'target/devflow/coverage-aggregate.json')

assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }
assert coreExec.isFile() && appExec.isFile()
// jacoco's report-aggregate read both modules' data.
assert lines.contains('[INFO] Loading execution data file ' + coreExec.path)
assert lines.contains('[INFO] Loading execution data file ' + appExec.path)

// devflow's aggregate: once, over the 4 modules (root, core, app, report), right after report's
// own gate (not applicable: report has no classes).
def header = '[INFO] devflow coverage over the reactor (4 modules):'
assert lines.count(header) == 1
int reactor = lines.indexOf(header)
assert lines[reactor - 1] == '[INFO] devflow coverage: not applicable — no compiled classes in ' +
        new File(basedir, 'report/target/classes').path + ', nothing to cover'
def after = lines.subList(reactor + 1, lines.size())
assert after.contains('[INFO] Full report: ' + aggregateReport.path)

def parser = new XmlSlurper(false, false, true)
parser.setFeature('http://apache.org/xml/features/nonvalidating/load-external-dtd', false)
def xml = parser.parse(new File(basedir, 'report/target/site/jacoco-aggregate/jacoco.xml'))
// report-aggregate's report: one group per dependency, core and app, nothing else.
assert xml.group*.@name*.text() as Set == ['core', 'app'] as Set
def jacoco = [:]
xml.counter.each { c -> jacoco[c.@type.text()] = [missed: c.@missed.text() as int, covered: c.@covered.text() as int] }
assert jacoco.keySet() == ['INSTRUCTION', 'BRANCH', 'LINE', 'COMPLEXITY', 'METHOD', 'CLASS'] as Set

// The subset: report not built, the aggregate once over the three modules built, in app (the last),
// not waiting for report; the report file is the subset's.
def subsetHeader = '[INFO] devflow coverage over the reactor (3 modules):'
assert subset.contains('[INFO] BUILD SUCCESS')
assert subset.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') }
assert !subset.any { it.contains('Building report ') || it.startsWith('[ERROR]') || it.contains('not in the reactor aggregate') }
assert subset.count(subsetHeader) == 1 && subset.count(header) == 0

def aggregate = new JsonSlurper().parse(aggregateReport, 'UTF-8')
assert aggregate.status == 'PASSED'
assert aggregate.details.bundle == 'coverage-passes-jacoco-parity-aggregate (reactor)'
assert aggregate.details.execFiles as Set == [coreExec.path, appExec.path] as Set
jacoco.each { type, counts ->
    assert aggregate.details.counters[type] == counts : "$type differs from jacoco-aggregate/jacoco.xml"
    // Something missed and something covered in every counter, so the comparison means something.
    assert counts.missed > 0 && counts.covered > 0 : "$type is trivial"
    // The console table after the reactor header shows the same numbers.
    def total = counts.missed + counts.covered
    assert after.any { it ==~ /\[INFO\]   ${type} +\S+ +${counts.covered} of ${total} covered/ } : "$type row"
    def serialAfter = serial.subList(serial.indexOf(header) + 1, serial.size())
    assert serialAfter.any { it ==~ /\[INFO\]   ${type} +\S+ +${counts.covered} of ${total} covered/ } : "serial $type row"
    def subsetAfter = subset.subList(subset.indexOf(subsetHeader) + 1, subset.size())
    assert subsetAfter.any { it ==~ /\[INFO\]   ${type} +\S+ +${counts.covered} of ${total} covered/ } : "-pl $type row"
}
// The merge matters: app's tests reach lines of core that core's own test does not.
def core = new JsonSlurper().parse(new File(basedir, 'core/target/devflow/coverage.json'), 'UTF-8')
def coreGroup = xml.group.find { it.@name.text() == 'core' }.counter.find { it.@type.text() == 'LINE' }
assert (coreGroup.@covered.text() as int) > core.details.counters.LINE.covered
// Lines do not depend on the compiler's instruction choices: 24 in all, 9 untested (Ledger's 6,
// Pricing's exception and currency(), Checkout's receipt()).
assert aggregate.details.counters.LINE == [missed: 9, covered: 15]
// Classes do not depend on the compiler: Pricing, Ledger, Checkout, Checkout$Item (the lambda is
// no class of its own); only Ledger is never loaded.
assert aggregate.details.counters.CLASS == [missed: 1, covered: 3]
