// Tags v1.3.0 and v2.0.0, and two that are no release: nightly and v3.0 (not SemVer).
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run (the clone of an earlier run may still be there).
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true, unsignedTags: true)
new File(basedir, '.git').deleteDir()
git(['init', '-q', '-b', 'main'])
git(['add', '.'])
git(['commit', '-q', '-m', 'Release'])
git(['tag', 'v1.3.0'])
git(['tag', 'v2.0.0'])
git(['tag', 'nightly'])
git(['tag', 'v3.0'])
true
