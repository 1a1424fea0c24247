// Ledger has 9 lines with code. The unit tests (jacoco.exec) run 4 of them: the constructor, add()
// and clamp() down; the integration test (jacoco-it.exec) runs 5: the constructor and total().
// Merged, 8 of 9 (0.88 >= 0.85): only clamp()'s `return value` (line 14) is missed.
import groovy.json.JsonSlurper

def builds = new File(basedir, 'build.log').getText('UTF-8').split(/(?m)^\[INFO\] Scanning for projects/).drop(1)
assert builds.size() == 3 : "expected 3 builds, found ${builds.size()}"
def linesOf = { int n -> builds[n].readLines() }
def has = { int n, String expected -> linesOf(n).contains(expected) }
def matches = { int n, String regex -> linesOf(n).any { it ==~ regex } }
def row = { String name, String value, String op, String threshold, String verdict, String detail ->
    /\[INFO\]   / + java.util.regex.Pattern.quote(name) + / +/ + java.util.regex.Pattern.quote(value) + /  / + op + / / +
            java.util.regex.Pattern.quote(threshold) + / +/ + verdict + / \(/ + java.util.regex.Pattern.quote(detail) + /\)/
}
def exec = new File(basedir, 'target/jacoco.exec')
def itExec = new File(basedir, 'target/jacoco-it.exec')
assert exec.isFile() && itExec.isFile() : 'both layers must have recorded'

// 1: each layer on its own; the integration layer misses its minimum while the merged data passes.
assert matches(0, /\[INFO\] devflow coverage-agent: itArgLine set to -javaagent:\S+=destfile=/
        + java.util.regex.Pattern.quote(itExec.path) + /,append=true/)
assert linesOf(0).any { it.startsWith('[INFO] Tests run: 1, Failures: 0') && it.endsWith('-- in it.layers.LedgerIT') }
assert has(0, '[INFO] devflow coverage: FAILED — line coverage 0.88; 1 rule limit missed')
assert matches(0, row('overall line coverage: BUNDLE LINE COVEREDRATIO', '0.88', '≥', '0.85', 'ok', '8 of 9 lines covered'))
assert matches(0, row('jacoco.exec line coverage: BUNDLE LINE COVEREDRATIO', '0.44', '≥', '0.40', 'ok', '4 of 9 lines covered'))
assert matches(0, row('jacoco-it.exec line coverage: BUNDLE LINE COVEREDRATIO', '0.55', '≥', '0.80', 'MISSED', '5 of 9 lines covered'))
assert has(0, '[ERROR]   jacoco-it.exec line coverage: Rule violated for bundle coverage-fails-layer-below-minimum:'
        + ' lines covered ratio is 0.55, but expected minimum is 0.80 — cover 3 more lines to reach 0.80')
assert has(0, '[INFO] BUILD FAILURE')

// 2: the same data, the integration layer held to 30%.
assert has(1, '[INFO] devflow coverage: passed — line coverage 0.88; all 3 rule limits hold')
assert matches(1, row('jacoco-it.exec line coverage: BUNDLE LINE COVEREDRATIO', '0.55', '≥', '0.30', 'ok', '5 of 9 lines covered'))
assert has(1, '[INFO] BUILD SUCCESS')

// 3: a layer no test records fails as bad input, naming the file; the other limits still hold.
assert has(2, '[INFO] devflow coverage: FAILED — line coverage 0.88; all 2 rule limits hold; 1 input problem')
assert matches(2, /\[ERROR\]   target\/jacoco-e2e\.exec  jacoco-e2e\.exec line coverage: the file does not exist, so this layer measured nothing\..*/)
assert has(2, '[INFO] BUILD FAILURE')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage.json'), 'UTF-8')
assert json.status == 'FAILED'
assert json.findings.findAll { it.severity == 'ERROR' }.collect { [it.rule, it.path] } ==
        [['coverage.layer-missing-data', 'target/jacoco-e2e.exec']]
def unitLayer = json.measurements.find { it.name == 'jacoco.exec line coverage: BUNDLE LINE COVEREDRATIO' }
assert unitLayer.value == '0.44' && unitLayer.met == true && unitLayer.threshold == [minimum: 0.40]
assert json.details.execFiles.collect { new File(it).name }.sort() == ['jacoco-it.exec', 'jacoco.exec']
true
