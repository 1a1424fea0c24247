// main: the reactor root (revision 2.0.0-SNAPSHOT), modules a and b (b depends on a), and
// CHANGELOG.md ([Unreleased] with Added, Removed and Fixed after 1.4.0), .gitignore for what the
// build writes. Committed clean; the release commits through JGit, which reads the repository config.
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

new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Import from CSV, drop the XML export'])
true
