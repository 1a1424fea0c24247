// Build 1 runs devflow's gates and is saved to the build cache; build 2 (after clean, nothing
// changed) is restored: devflow's goals are skipped as cached, and target/devflow/ comes back with
// the same reports build 1 wrote. Build 3, devflow:baseline alone after the hit, fails: the classes
// were not restored.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 3
def first = all.subList(starts[0], starts[1])
def restored = all.subList(starts[1], starts[2])
def baseline = all.subList(starts[2], all.size())

// outside a git repository the version gate only warns that it cannot compare tags
assert first.contains('[INFO] devflow check of check-passes-build-cache: passed with warnings')
assert first.any { it.startsWith('[INFO] Local build was not found by checksum ') }
assert first.any { it.startsWith('[INFO] Saved Build to local file: ' + new File(basedir, 'build-cache').path) }
assert first.contains('[INFO] BUILD SUCCESS')

assert restored.any { it.startsWith('[INFO] Found cached build, restoring dev.devflow.it:check-passes-build-cache') }
assert restored.contains('[INFO] Skipping plugin execution (cached): devflow:coverage-agent')
assert restored.contains('[INFO] Skipping plugin execution (cached): devflow:check')
assert !restored.any { it.startsWith('[INFO] devflow ') }
assert restored.contains('[INFO] BUILD SUCCESS')

// the reports are back after clean
def devflow = new File(basedir, 'target/devflow')
['report.json', 'report.md', 'devflow.sarif', 'devflow-junit.xml', 'coverage.json', 'lint.json',
 'static-analysis.json', 'changelog.json', 'version.json'].each {
    assert new File(devflow, it).isFile() : "$it was not restored"
}
// devflow's own result caches are left out of the cache's copy (the glob on the folder)
assert !devflow.listFiles().any { it.name.endsWith('.cache') }
def report = new JsonSlurper().parse(new File(devflow, 'report.json'), 'UTF-8')
assert report.module == 'check-passes-build-cache' && report.status == 'WARNED'
assert report.gates*.gate == ['changelog', 'version', 'coverage', 'lint', 'static-analysis']

// build 3: no baseline recorded from a build without classes
def classes = new File(basedir, 'target/classes').path
assert baseline.any { it.contains("devflow baseline: $classes: the module has sources but no compiled classes") }
assert baseline.any { it.contains('mvn verify devflow:baseline') }
assert baseline.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, '.devflow/baseline.json').exists()
