// The release edits the changelog and pom, then JGit runs the commit-msg hook for the release
// commit, which rejects it: the release fails in step 'record' naming the hook and its output,
// suggests noVerify, and puts everything back.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
def lines = new File(basedir, 'build.log').getText('UTF-8').readLines()
def head = git(['rev-parse', '--short=7', 'HEAD']).trim()

// an empty verifyGoals means no verify build
assert lines.contains('[INFO] 1. Edit (no verify build):')
assert !lines.any { it.startsWith('[INFO] Verifying the release state') }
assert lines.count { it.startsWith('[INFO] Scanning for projects') } == 1
int failed = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal dev.devflow:devflow-maven-plugin:') &&
        it.contains(':release (default-cli) on project release-fails-commit-hook-rolls-back: devflow release failed.' +
                ' Release step \'record\': the commit-msg hook rejected the commit \'Release v1.2.0\' (exit code 1): ') }
assert failed >= 0
int putBack = lines.indexOf('[ERROR] Everything the release changed in this repository was put back:')
assert putBack > failed
// the hook's output (both streams) and the way out, however the lines of the message break
def message = lines.subList(failed, putBack).join('\n')
assert message.contains('commit-msg: the subject must start with a ticket id such as ABC-123')
assert message.contains('see CONTRIBUTING.md')
assert message.contains('Fix: make the hook pass, or skip the pre-commit and commit-msg hooks with' +
        ' -Ddevflow.release.noVerify=true.')
assert lines.subList(putBack + 1, putBack + 5) == [
        "[ERROR]   - HEAD on main at $head.".toString(),
        '[ERROR]   - CHANGELOG.md as before the release.',
        '[ERROR]   - pom.xml as before the release.',
        '[ERROR] -> [Help 1]',
]
assert !lines.any { it.startsWith('[INFO] Released ') }
assert !lines.any { it.contains('at dev.devflow') || it.contains('Caused by:') }
// the hook is still there
assert new File(basedir, '.git/hooks/commit-msg').canExecute()

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
