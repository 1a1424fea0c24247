// Run by the plugin's own build (maven-invoker-plugin, execution "example-project"): the README's
// first command must print this summary.
import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def hasLine = { String expected -> lines.contains(expected) }
def hasMatch = { regex -> lines.any { it ==~ regex } }

assert hasLine('[INFO] devflow coverage: passed — line coverage 0.90; all 2 rule limits hold')
assert hasLine('[INFO]   LINE                                              0.90              18 of 20 covered')
assert hasLine('[INFO]   critical packages: PACKAGE LINE COVEREDRATIO      1.00  ≥ 0.95      ok (8 of 8 lines covered)')
assert hasLine('[INFO] devflow check of devflow-example-shop: passed')
assert hasMatch(/\[INFO\]   changelog        passed  changelog 0 problems +\d+\.\d s/)
assert hasMatch(/\[INFO\]   version          passed  version 1\.0\.0-SNAPSHOT, 0 problems +\d+\.\d s/)
assert hasMatch(/\[INFO\]   coverage         passed  line coverage 0\.90; all 2 rule limits hold +\d+\.\d s/)
assert hasMatch(/\[INFO\]   lint             passed  0 violations within limits +\d+\.\d s/)
assert hasMatch(/\[INFO\]   static-analysis  passed  0 bugs +\d+\.\d s/)
assert hasLine('[INFO] BUILD SUCCESS')

def report = new JsonSlurper().parse(new File(basedir, 'target/devflow/report.json'), 'UTF-8')
assert report.status == 'PASSED'
assert report.gates*.gate == ['changelog', 'version', 'coverage', 'lint', 'static-analysis']
def coverage = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'), 'UTF-8')
assert coverage.details.counters.LINE == [missed: 2, covered: 18]
assert coverage.details.counters.METHOD == [missed: 1, covered: 6]
['report.md', 'devflow.sarif', 'devflow-junit.xml'].each { assert new File(basedir, "target/devflow/$it").isFile() }
true  // invoker takes a script's last value as its verdict
