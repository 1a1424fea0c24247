// main: pom.xml at 1.2.0-SNAPSHOT depending on widget-core:0.9.0-SNAPSHOT (in no repository),
// CHANGELOG.md ([Unreleased] with ### Added after 1.1.0, so 1.2.0), one class, .gitignore,
// committed, and tag v1.2.0 on it already. The state the failed release must leave as it is goes
// to ../<scenario>.before.txt: HEAD, the refs, and every file's SHA-256.
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
// v1.2.0 exists already (a release made by hand, say), annotated as a release tag would be.
git(['tag', '-a', '-m', 'Made by hand', 'v1.2.0'])

def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files', '--cached', '--others', '--exclude-standard']).readLines().sort()
        .collect { it + ' ' + sha256(new File(basedir, it)) }
state += 'status ' + git(['status', '--porcelain', '--untracked-files=all']).readLines().join('|')
// beside the work tree, not in it: nothing the build or the release does reaches it there
new File(basedir.parentFile, basedir.name + '.before.txt').setText(state.join('\n') + '\n', 'UTF-8')
