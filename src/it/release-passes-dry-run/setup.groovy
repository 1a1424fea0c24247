// main: pom.xml at 1.3.0-SNAPSHOT, CHANGELOG.md ([Unreleased] with only a fix after 1.2.0), one
// class, .gitignore for what the build writes. Committed clean. Then the state the dry run must
// leave as it is goes to ../<scenario>.before.txt: HEAD, the refs, and every file's SHA-256.
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
git(['commit', '-q', '-m', 'Greeting without a name'])

def sha256 = { File file -> java.security.MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString() }
def state = ['HEAD ' + git(['rev-parse', 'HEAD']).trim(), 'symbolic ' + git(['symbolic-ref', 'HEAD']).trim()]
state += git(['for-each-ref', '--format=%(refname) %(objectname)']).readLines()
state += git(['ls-files']).readLines().collect { it + ' ' + sha256(new File(basedir, it)) }
// beside the work tree, not in it: nothing the build or the release does reaches it there
new File(basedir.parentFile, basedir.name + '.before.txt').setText(state.join('\n') + '\n', 'UTF-8')
