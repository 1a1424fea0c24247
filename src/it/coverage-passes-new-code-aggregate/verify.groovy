// Branch feature, since its merge-base with main: Slugs.initials() in core (4 lines with code,
// 15-19 in the file) and Page.monogram() in app (1 line with code), with app's test of it.
// 1: with the aggregate, new code is judged once over the reactor, where app's data runs core's
//    new lines: 5 of 5 covered. No module judges new code on its own.
// 2: without it, core's own data never ran initials(): 0 of 4, and the build fails on core.
import groovy.json.JsonSlurper

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
assert git(['rev-parse', '--abbrev-ref', 'HEAD']).trim() == 'feature'
assert git(['diff', '--name-only', 'main', 'HEAD']).readLines() == ['app/src/main/java/it/app/Page.java',
        'app/src/test/java/it/app/PageTest.java', 'core/src/main/java/it/core/Slugs.java']
def mergeBase = git(['merge-base', 'HEAD', 'main']).trim().substring(0, 7)
def rule = "new code line coverage (merge-base $mergeBase of HEAD and main)".toString()
def quote = { String text -> java.util.regex.Pattern.quote(text) }

def builds = new File(basedir, 'build.log').getText('UTF-8').split(/(?m)^\[INFO\] Scanning for projects/).drop(1)
assert builds.size() == 2 : "expected 2 builds, found ${builds.size()}"
def aggregated = builds[0].readLines()
def alone = builds[1].readLines()

// 1
def reactorAt = aggregated.indexOf('[INFO] devflow coverage over the reactor (3 modules):')
assert reactorAt > 0
assert aggregated.take(reactorAt).every { !it.contains('new code line coverage') } : 'a module judged new code on its own'
assert aggregated.drop(reactorAt).any { it ==~ /\[INFO\]   / + quote(rule) + / +1\.00  ≥ 0\.90 +ok \(5 of 5 new lines with code covered\)/ }
assert aggregated.contains('[INFO] BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/devflow/coverage-aggregate.json'), 'UTF-8')
assert json.status == 'PASSED'
def measured = json.measurements.find { it.name == rule }
assert measured != null : 'no new-code measurement in ' + json.measurements*.name
assert measured.value == '1.00' && measured.met == true && measured.detail == '5 of 5 new lines with code covered'

// 2
assert alone.any { it ==~ /\[INFO\]   / + quote(rule) + / +0\.00  ≥ 0\.90 +MISSED \(0 of 4 new lines with code covered\)/ }
assert alone.contains('[ERROR]   new code line coverage is 0.00, below 0.90: cover 4 more new lines. Not covered:'
        + ' src/main/java/it/core/Slugs.java:15-19')
assert alone.any { it.startsWith('[ERROR] Failed to execute goal ') && it.contains(' on project core: ') }
assert alone.contains('[INFO] BUILD FAILURE')
def core = new JsonSlurper().parse(new File(basedir, 'core/target/devflow/coverage.json'), 'UTF-8')
assert core.findings.findAll { it.rule == 'coverage.new-code-uncovered' }.collect { [it.path, it.line, it.endLine] } ==
        [['src/main/java/it/core/Slugs.java', 15, 19]]
true
