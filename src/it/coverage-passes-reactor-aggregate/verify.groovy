// core has Slugs (4 lines) and no tests; app has Page (4 lines) and tests that also run Slugs.
// Per module, core has no data (a warning, failOnMissingData=false in core/pom.xml); over the
// reactor, app's execution data covers core's class: 8 of 8 lines.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def slurp = { String path -> new JsonSlurper().parse(new File(basedir, path), 'UTF-8') }
def aggregateReport = new File(basedir, 'target/devflow/coverage-aggregate.json')
def appExec = new File(basedir, 'app/target/jacoco.exec')

assert lines.contains('[INFO] BUILD SUCCESS')
assert !lines.any { it.startsWith('[ERROR]') }
// core on its own: no data, so a warning.
assert lines.any { it.startsWith('[WARNING] classes exist but no JaCoCo execution data (*.exec) was found for them') }
assert !new File(basedir, 'core/target/jacoco.exec').exists()
def core = slurp('core/target/devflow/coverage.json')
assert core.status == 'WARNED' && core.findings*.rule == ['coverage.missing-data']
// app on its own: only its own class.
def app = slurp('app/target/devflow/coverage.json')
assert app.status == 'PASSED'
assert app.details.classFiles == 1
assert app.details.counters.LINE == [missed: 0, covered: 4]

// The reactor, once, after the last module.
int reactor = lines.indexOf('[INFO] devflow coverage over the reactor (3 modules):')
assert reactor >= 0
assert lines.count('[INFO] devflow coverage over the reactor (3 modules):') == 1
// ... after app, the last module, has had its own gate.
def appReport = '[INFO] Full report: ' + new File(basedir, 'app/target/devflow/coverage.json').path
assert lines.indexOf(appReport) >= 0 && lines.indexOf(appReport) < reactor
def after = lines.subList(reactor + 1, lines.size())
assert after[0] == '[INFO] devflow coverage: passed — line coverage 1.00; the 1 rule limit holds'
assert after.any { it ==~ /\[INFO\]   LINE +1\.00 +8 of 8 covered/ }
assert after.any { it ==~ /\[INFO\]   CLASS +1\.00 +2 of 2 covered/ }
assert after.contains('[INFO] Full report: ' + aggregateReport.path)

def aggregate = new JsonSlurper().parse(aggregateReport, 'UTF-8')
assert aggregate.status == 'PASSED'
assert aggregate.details.bundle == 'coverage-passes-reactor-aggregate (reactor)'
assert aggregate.details.classFiles == 2
// 4 of app's lines + all 4 of core's lines, which only app's tests ran.
assert aggregate.details.counters == [
        INSTRUCTION: [missed: 0, covered: 25], BRANCH: [missed: 0, covered: 2], LINE: [missed: 0, covered: 8],
        COMPLEXITY : [missed: 0, covered: 4], METHOD: [missed: 0, covered: 3], CLASS: [missed: 0, covered: 2]]
assert aggregate.details.uncoveredClasses == []
assert aggregate.details.execFiles == [appExec.path]
assert aggregate.details.classesDirectories.contains(new File(basedir, 'core/target/classes').path)
assert aggregate.details.classesDirectories.contains(new File(basedir, 'app/target/classes').path)
