// On branch feature, with an uncommitted change and an untracked file: the release fails in its
// readiness step with all three problems in one message, before anything changes.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()

def failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.endsWith(':release (default-cli) on project release-fails-readiness-listed-at-once: devflow release failed.' +
                ' Release step \'readiness\': 3 problems keep the project from being released:') }
assert failed >= 0
assert lines.subList(failed + 1, failed + 4) == [
        '[ERROR]   - there are uncommitted changes: src/main/java/it/release/Greeter.java. Fix: commit them, or put' +
                ' them aside with git stash.',
        '[ERROR]   - there are untracked files: notes.txt. Fix: commit them, delete them, or add them to .gitignore.',
        '[ERROR]   - on branch feature, but releases are made from branch main. Fix: git switch main, or configure' +
                ' the release branch.',
]
assert lines.contains('[INFO] BUILD FAILURE')
// failed before the plan: no plan, no child build, no stack trace
assert !lines.any { it.startsWith('[INFO] Release ') || it.startsWith('[INFO] Verifying') || it.startsWith('[INFO] 1. Edit') }
assert lines.count { it.startsWith('[INFO] Scanning for projects') } == 1
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }

// Nothing changed: the same HEAD, branch, refs (no tag), file bytes and status, no journal.
def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
assert state.join('\n') + '\n' == new File(basedir.parentFile, basedir.name + '.before.txt').getText('UTF-8')
assert git(['tag', '-l']) == ''
assert git(['symbolic-ref', '--short', 'HEAD']).trim() == 'feature'
assert git(['status', '--porcelain', '--untracked-files=all']).readLines() ==
        [' M src/main/java/it/release/Greeter.java', '?? notes.txt']
assert !new File(basedir, '.git/devflow-release.json').exists()
assert !new File(basedir, 'target/devflow/release-notes.md').exists()
true
