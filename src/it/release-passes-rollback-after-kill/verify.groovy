// Build 1 is killed after the record step, with the release commits and tag made; build 2, a new
// release, refuses to start because of the journal; build 3 rolls back: HEAD, branch, tags and
// files exactly as before build 1, the journal gone, and the log says what was restored.
// The three builds log to build.log, one after the other.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def all = new File(basedir, 'build.log').getText('UTF-8').readLines()
def starts = all.findIndexValues { it == '[INFO] Scanning for projects...' }.collect { it as int }
assert starts.size() == 3 : 'three builds, no child build'
def builds = (0..2).collect { i -> all.subList(starts[i], i < 2 ? starts[i + 1] : all.size()) }
def before = new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8').readLines()
def start = before[0] - 'HEAD '
def journal = new File(basedir, '.git/devflow-release.json').path

// Build 1: planned, recorded, halted; no BUILD line at all, as after a kill.
def first = builds[0]
assert first.contains('[INFO] Release 1.2.0 (minor bump from 1.1.0: \'Added\' entry at CHANGELOG.md:9 (Export to CSV.))')
assert first.contains('[WARNING] devflow release: halting after step \'record\', as devflow.release.test.haltAfter asks (tests only)')
assert !first.any { it.startsWith('[INFO] Released ') || it.startsWith('[INFO] BUILD ') }

// Build 2: the journal stops the new release before it changes anything.
def second = builds[1]
// the journal alone: what the killed release changed (the rolled changelog) is not reported as well
def refusal = second.find { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') }
assert refusal != null
assert refusal.contains((':release (default-cli) on project release-passes-rollback-after-kill: devflow release failed.' +
        " Release step 'readiness': an earlier release did not finish: its journal $journal is still there. Fix:" +
        ' restore what it changed with mvn devflow:release -Ddevflow.release.rollback, then release again.').toString() + ' -> [Help 1]')
assert !second.any { it.contains('is empty, so there is nothing to release') }
assert second.contains('[INFO] BUILD FAILURE')
assert !second.any { it.startsWith('[INFO] 1. Edit') }

// Build 3: the rollback, and what it restored.
def third = builds[2]
def released = git(['reflog', '--format=%H', 'main']).readLines()
def shortStart = start.substring(0, 7)
int restored = third.indexOf('[INFO] tag v1.2.0 deleted.')
assert restored >= 0
def report = third.subList(restored, restored + 4)
assert report[0] == '[INFO] tag v1.2.0 deleted.'
assert report[1] ==~ /\[INFO\] HEAD on main at $shortStart \(was [0-9a-f]{7}\)\./
assert report[2] == '[INFO] CHANGELOG.md as before the release.'
assert report[3] == '[INFO] pom.xml as before the release.'
// "was" names the development commit build 1 made, which the reflog still knows
def was = (report[1] =~ /was ([0-9a-f]{7})/)[0][1]
def madeByBuild1 = git(['log', '-g', '--format=%H %gs', 'main']).readLines()
assert madeByBuild1.any { it.startsWith(was) && it.contains('Start 1.2.1-SNAPSHOT after v1.2.0') }
assert madeByBuild1.any { it.contains('Release v1.2.0') }
assert third.contains('[INFO] BUILD SUCCESS')
assert !third.any { it.startsWith('[ERROR]') || it.startsWith('[INFO] Release ') }

// As before the release: the same HEAD, branch, refs (no tag), file bytes, status; no journal.
def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
assert state.join('\n') + '\n' == new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8')
assert git(['tag', '-l']) == ''
assert git(['rev-list', '--count', 'HEAD']).trim() == '1'
assert git(['symbolic-ref', '--short', 'HEAD']).trim() == 'main'
assert git(['status', '--porcelain', '--untracked-files=all']) == ''
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !new File(basedir, '.pom.xml.devflow-release').exists() && !new File(basedir, '.CHANGELOG.md.devflow-release').exists()
assert !new File(basedir, 'target/devflow/release-notes.md').exists()
true
