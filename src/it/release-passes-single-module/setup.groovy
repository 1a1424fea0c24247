// main: pom.xml (CRLF line ends, set here), CHANGELOG.md ([Unreleased] with ### Added after
// 1.1.0), one class, and .gitignore for what the build writes (build.log, target/). Committed
// clean; the release commits through JGit, which reads the identity from the repository config.
// A repository of the scenario's own, rebuilt from scratch on every run.
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

def pom = new File(basedir, 'pom.xml')
pom.bytes = pom.getText('UTF-8').replace('\r\n', '\n').replace('\n', '\r\n').getBytes('UTF-8')
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Export to CSV, import from JSON'])
true
