// Tags v1.2.0 and v1.3.0.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run (the clone of an earlier run may still be there).
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true, unsignedTags: true)
new File(basedir, '.git').deleteDir()
git(['init', '-q', '-b', 'main'])
git(['add', '.'])
git(['commit', '-q', '-m', 'Release'])
git(['tag', 'v1.2.0'])
git(['tag', 'v1.3.0'])
true
