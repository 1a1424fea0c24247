// Run by the plugin's own build (maven-invoker-plugin, execution "example-project"): the README's
// first command must print this summary.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] devflow coverage: passed — line coverage 0.90; all 2 rule limits hold')
assert log.contains('[INFO]   LINE                                              0.90              18 of 20 covered')
assert log.contains('critical packages: PACKAGE LINE COVEREDRATIO      1.00  ≥ 0.95      ok (8 of 8 lines covered)')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'))
assert report.status == 'PASSED'
assert report.details.counters.LINE.missed == 2
assert report.details.counters.LINE.covered == 18
assert report.details.counters.METHOD.missed == 1
