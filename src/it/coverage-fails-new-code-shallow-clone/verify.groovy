// A shallow clone (depth 1) of a repository where feature (HEAD) and main moved on since their
// merge-base, so the merge-base of HEAD and origin/main is not here. Build 1 fails before any
// report is written, saying to fetch the history (failOnMissingHistory defaults to true); build 2,
// with -Ddevflow.coverage.failOnMissingHistory=false, warns, skips the new-code rule, and passes on
// the module's own rule (5 of 8 lines >= 0.10). Both builds log to build.log.
import groovy.json.JsonSlurper

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, check: false)
// The fixture itself: a clean shallow clone on feature, with origin/main, whose merge-base with
// HEAD git cannot find either; the full repository beside it has one.
assert git(['rev-parse', '--is-shallow-repository']) == [0, 'true\n']
assert git(['rev-parse', '--abbrev-ref', 'HEAD'])[1].trim() == 'feature'
assert git(['rev-parse', '--verify', '-q', 'origin/main'])[0] == 0
assert git(['rev-list', '--count', 'HEAD'])[1].trim() == '1'
assert git(['merge-base', 'HEAD', 'origin/main'])[0] != 0
assert git(['status', '--porcelain'])[1].trim().isEmpty()
def origin = new File(basedir.parentFile, basedir.name + '-origin.git')
def full = ['git', '--git-dir', origin.path, 'merge-base', 'feature', 'main'].execute()
assert full.waitFor() == 0 && full.text.trim() ==~ /[0-9a-f]{40}/

def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
// the two builds, one after the other in build.log
int start = all.findLastIndexOf { it.contains('Scanning for projects') }
assert start > 0
def first = all.subList(0, start)
def second = all.subList(start, all.size())
assert first.contains('[INFO] BUILD FAILURE') && !first.contains('[INFO] BUILD SUCCESS')
assert second.contains('[INFO] BUILD SUCCESS') && !second.contains('[INFO] BUILD FAILURE')
def problem = 'parameter devflow.coverage.baseRef: the merge-base of HEAD and origin/main is not in this shallow' +
        ' clone, so the new code cannot be told from the old.'
def fix = ' Fix: fetch the full history (actions/checkout: fetch-depth: 0, or git fetch --unshallow).'

// build 1: the tests ran, then the gate stopped on the missing history, naming the remedy
assert first.contains('[INFO] Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
def errors = first.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
assert errors.size() == 1
assert errors[0] ==~ /\[ERROR\] Failed to execute goal dev\.devflow:devflow-maven-plugin:[^:]+:coverage \(default\) on project / +
        /coverage-fails-new-code-shallow-clone: devflow coverage: / + java.util.regex.Pattern.quote(problem + fix) + / -> \[Help 1\]/
assert !first.any { it.startsWith('[INFO] devflow coverage:') }
assert !all.any { it.contains('at dev.devflow') || it.contains('Exception in thread') || it.contains('Caused by:') }

// build 2: a warning with the same reason, no new-code measurement, the module's rule decides
assert second.contains('[WARNING] devflow coverage: no new-code rule: ' + problem + fix)
assert second.contains('[INFO] devflow coverage: passed — line coverage 0.62; the 1 rule limit holds')
assert !second.any { it.contains('new code line coverage') || it.startsWith('[ERROR]') }

def report = new File(basedir, 'target/devflow/coverage.json')
assert second.contains('[INFO] Full report: ' + report.path)
def json = new JsonSlurper().parse(report, 'UTF-8')
assert json.status == 'PASSED'
assert json.headline == 'line coverage 0.62; the 1 rule limit holds'
assert json.details.counters.LINE == [missed: 3, covered: 5]
assert !json.measurements.any { it.name.startsWith('new code') }
assert !json.findings.any { it.rule == 'coverage.new-code-uncovered' }
true
