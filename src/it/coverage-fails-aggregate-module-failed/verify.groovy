// -T 4 --fail-at-end: lib's test fails, web (which depends on lib) is skipped, app passes. The
// aggregate runs once, in app, the last module, after lib has ended and without waiting for web,
// which never runs; it leaves both out, names each with why and fails. Its figures are app's.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def aggregateReport = new File(basedir, 'target/devflow/coverage-aggregate.json')
def libLeftOut = 'module aggregate-failed-lib is not in the reactor aggregate: its build failed, so the' +
        ' aggregate\'s figures leave out its classes and the code its tests ran. Fix it and build again;' +
        ' -Ddevflow.coverage.failOnMissingData=false only warns.'
def webLeftOut = 'module aggregate-failed-web is not in the reactor aggregate: it was skipped because' +
        ' aggregate-failed-lib, which it depends on, failed, so the aggregate\'s figures leave out its classes' +
        ' and the code its tests ran. Fix it and build again; -Ddevflow.coverage.failOnMissingData=false only warns.'

assert lines.any { it.contains('Using the MultiThreadedBuilder implementation with a thread count of 4') }
int reactor = lines.indexOf('[INFO] devflow coverage over the reactor (4 modules):')
assert lines.count('[INFO] devflow coverage over the reactor (4 modules):') == 1
assert lines[reactor + 1] == '[INFO] devflow coverage: FAILED — line coverage 1.00; the 1 rule limit holds;' +
        ' 2 modules not in the aggregate'
assert lines.any { it ==~ /\[INFO\] aggregate-failed-web +\.+ SKIPPED/ }
assert lines.any { it ==~ /\[INFO\] aggregate-failed-lib +\.+ FAILURE.*/ }
assert lines.any { it ==~ /\[INFO\] aggregate-failed-app +\.+ FAILURE.*/ }

def aggregate = new JsonSlurper().parse(aggregateReport, 'UTF-8')
assert aggregate.status == 'FAILED'
assert aggregate.findings.collect { [it.rule, it.severity, it.message, it.path] } == [
        ['coverage.aggregate-module-missing', 'ERROR', libLeftOut, 'lib/pom.xml'],
        ['coverage.aggregate-module-missing', 'ERROR', webLeftOut, 'web/pom.xml']]
// Only app's class and data: lib and web are left out, not half counted.
assert aggregate.details.classesDirectories == [new File(basedir, 'target/classes').path,
                                               new File(basedir, 'app/target/classes').path]
assert aggregate.details.execFiles == [new File(basedir, 'app/target/jacoco.exec').path]
def app = new JsonSlurper().parse(new File(basedir, 'app/target/devflow/coverage.json'), 'UTF-8')
assert app.status == 'PASSED'
assert aggregate.details.counters == app.details.counters

// The failure names both modules, with the pom of each.
assert lines.contains('[ERROR]   lib/pom.xml  ' + libLeftOut)
assert lines.contains('[ERROR]   web/pom.xml  ' + webLeftOut)
