// main: the reactor without the blocks between "// feature:start" and "// feature:end".
// Branch feature (checked out, committed): the blocks, without the marker lines: Slugs.initials()
// in core, Page.monogram() in app and app's test of it. core's own test does not run initials().
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true)
def marked = ['core/src/main/java/it/core/Slugs.java', 'app/src/main/java/it/app/Page.java',
              'app/src/test/java/it/app/PageTest.java'].collect { new File(basedir, it) }
def feature = marked.collectEntries { [(it): it.getText('UTF-8').replaceAll(/(?m)^ *\/\/ feature:(start|end)\n/, '')] }
def onMain = marked.collectEntries { [(it): it.getText('UTF-8').replaceAll(/(?s) *\/\/ feature:start\n.*? *\/\/ feature:end\n/, '')] }
assert onMain.values().every { !it.contains('feature:') && !it.contains('initials') && !it.contains('monogram') }

['.git', 'target', 'core/target', 'app/target'].each { new File(basedir, it).deleteDir() }
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['init', '-q', '-b', 'main'])
onMain.each { file, text -> file.setText(text, 'UTF-8') }
git(['add', '-A'])
git(['commit', '-q', '-m', 'Pages'])
git(['checkout', '-q', '-b', 'feature'])
feature.each { file, text -> file.setText(text, 'UTF-8') }
git(['commit', '-q', '-a', '-m', 'Monograms'])
true
