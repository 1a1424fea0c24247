// A build resumed with -rf :resumed-app (build 2) does not build core again, nor the root; the
// aggregate is the root's, as in the whole build; the aggregate counts
// core's classes from build 1 with app's new data: the same 8 of 8 lines as the whole build. Once
// core's build output is gone (build 3), the resumed build (4) names core and fails.
import groovy.json.JsonSlurper

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it.contains('Scanning for projects') }.collect { it as int }
assert starts.size() == 4
def build = { int n -> all.subList(starts[n - 1], n < 4 ? starts[n] : all.size()) }
def header = '[INFO] devflow coverage over the reactor (3 modules):'
// the LINE row of the aggregate's table
def linesRow = { List<String> lines ->
    lines.subList(lines.indexOf(header), lines.size()).find { it ==~ /\[INFO\]   LINE +\S+ +\d+ of \d+ covered/ }
}

def whole = build(1)
assert whole.contains('[INFO] BUILD SUCCESS')
assert whole.count(header) == 1
assert linesRow(whole) ==~ /\[INFO\]   LINE +1\.00 +8 of 8 covered/

def resumed = build(2)
assert resumed.contains('[INFO] BUILD SUCCESS')
assert !resumed.any { it.contains('Building resumed-core') }
assert resumed.count(header) == 1
assert linesRow(resumed) == linesRow(whole)
assert !resumed.any { it.startsWith('[ERROR]') || it.contains('not in the reactor aggregate') }

def missing = build(4)
assert missing.contains('[INFO] BUILD FAILURE')
def leftOut = 'module resumed-core is not in the reactor aggregate: it was not built in this run (the build' +
        ' resumed after it) and has no classes from an earlier one, so the aggregate\'s figures leave out its' +
        ' classes and the code its tests ran. Fix it and build again; -Ddevflow.coverage.failOnMissingData=false' +
        ' only warns.'
assert missing.contains('[ERROR]   core/pom.xml  ' + leftOut)
def aggregate = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage-aggregate.json'), 'UTF-8')
assert aggregate.status == 'FAILED'
assert aggregate.findings.collect { [it.rule, it.path] } == [['coverage.aggregate-module-missing', 'core/pom.xml']]
assert aggregate.details.classesDirectories == [new File(basedir, 'app/target/classes').path]
assert missing.contains('[INFO] devflow coverage: FAILED — line coverage 1.00; the 1 rule limit holds;' +
        ' 1 module not in the aggregate')
