// One commit on main; there is no remote, so no origin/main.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run (the clone of an earlier run may still be there).
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true, unsignedTags: true)
new File(basedir, '.git').deleteDir()
git(['init', '-q', '-b', 'main'])
git(['add', '.'])
git(['commit', '-q', '-m', 'First release'])
true
