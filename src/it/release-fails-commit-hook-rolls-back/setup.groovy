// main: pom.xml at 1.2.0-SNAPSHOT, CHANGELOG.md ([Unreleased] with ### Added after 1.1.0), one
// class, .gitignore for what the build writes, all committed; then a commit-msg hook that
// rejects every commit. The state the failed release must put back goes to
// ../<scenario>.before.txt: HEAD, the refs, and every file's SHA-256.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
new File(basedir, '.git').deleteDir()
new File(basedir, 'target').deleteDir()
git(['init', '-q', '-b', 'main'])
git(['config', 'user.name', 'devflow IT'])
git(['config', 'user.email', 'it@devflow.invalid'])
git(['config', 'commit.gpgsign', 'false'])
git(['config', 'tag.gpgsign', 'false'])
git(['config', 'core.autocrlf', 'false'])
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Export to CSV, import from JSON'])
// The repository's commit-msg hook asks for a ticket id in every subject, which the release
// commit does not have.
def hook = new File(basedir, '.git/hooks/commit-msg')
hook.setText('#!/bin/sh\necho "commit-msg: the subject must start with a ticket id such as ABC-123"\n' +
        'echo "see CONTRIBUTING.md" >&2\nexit 1\n', 'UTF-8')
assert hook.setExecutable(true)

def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
// beside the work tree, not in it: nothing the build or the release does reaches it there
new File(basedir.parentFile, basedir.name + '.before.txt').setText(state.join('\n') + '\n', 'UTF-8')
