// Twelve builds (invoker.properties): every input a gate reads, changed, misses the cache and runs
// the gates; a failed build is not saved; an unchanged build is restored.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }*.intValue()
assert starts.size() == 12 : "expected 12 builds in build.log, found ${starts.size()}"
def builds = (0..<12).collect { i -> all.subList(starts[i], i < 11 ? starts[i + 1] : all.size()) }
def build = { int n -> builds[n - 1] }

def gatesRan = { List<String> log -> log.any { it.startsWith('[INFO] devflow check of check-passes-build-cache-misses: ') } }
def missed = { List<String> log -> log.any { it.startsWith('[INFO] Local build was not found by checksum ') } }
def restored = { List<String> log ->
    log.any { it.startsWith('[INFO] Found cached build, restoring dev.devflow.it:check-passes-build-cache-misses') } &&
            log.contains('[INFO] Skipping plugin execution (cached): devflow:check')
}

// 1: saved
assert missed(build(1)) && gatesRan(build(1))
assert build(1).contains('[INFO] devflow check of check-passes-build-cache-misses: passed with warnings')
assert build(1).any { it.startsWith('[INFO] Saved Build to local file: ') }

// 2, 3: the property is reconciled, the gates run and fail; the failure is not saved, so 3 runs them again
[2, 3].each { n ->
    def log = build(n)
    assert log.any { it.contains('Plugin parameter mismatch found. Parameter: propertySettings') } : "build $n"
    assert log.any { it.contains('Mojo cached parameters mismatch with actual, forcing full project build') } : "build $n"
    assert !log.contains('[INFO] Skipping plugin execution (cached): devflow:check') : "build $n"
    assert log.any { it == "[INFO] devflow check of check-passes-build-cache-misses: FAILED" } : "build $n"
    assert log.any { it.contains('line coverage 0.90') && it.contains('rule limit') } : "build $n"
    assert !log.any { it.startsWith('[INFO] Saved Build to local file: ') } : "build $n"
    assert log.contains('[INFO] BUILD FAILURE') : "build $n"
}

// 4: nothing changed since build 1: restored, no gate runs
assert restored(build(4)) && !gatesRan(build(4))
assert build(4).contains('[INFO] BUILD SUCCESS')

// 5 to 12: each change made with the cache off, then a miss that runs the gates and passes
[5, 7, 9, 11].each { n ->
    // the extension words it "DISABLED" for the flag and "disabled" for a goal on the command line
    assert build(n).any { it.equalsIgnoreCase('[INFO] Cache is disabled on project level for dev.devflow.it:check-passes-build-cache-misses') } : "build $n"
    assert build(n).contains('[INFO] BUILD SUCCESS') : "build $n"
}
[6, 8, 10, 12].each { n ->
    def log = build(n)
    assert missed(log) && gatesRan(log) : "build $n was not a miss that ran the gates"
    assert !restored(log) : "build $n"
    assert log.contains('[INFO] devflow check of check-passes-build-cache-misses: passed with warnings') : "build $n"
    assert log.any { it.startsWith('[INFO] Saved Build to local file: ') } : "build $n"
}
// the edits did reach the files the gates read
assert new File(basedir, 'CHANGELOG.md').getText('UTF-8').endsWith('\n\n')
assert new File(basedir, 'src/main/java/com/example/shop/Cart.java').getText('UTF-8').contains('// edited between two builds')
assert new File(basedir, 'config/pmd.xml').getText('UTF-8').contains('<!-- edited between two builds -->')
assert new File(basedir, '.devflow/baseline.json').isFile()

// the last build's reports are this build's: all gates ran with the project's rule set
def report = new JsonSlurper().parse(new File(basedir, 'target/devflow/report.json'), 'UTF-8')
assert report.gates*.gate == ['changelog', 'version', 'coverage', 'lint', 'static-analysis']
