// main: pom.xml, .gitignore, Prices.java without discounted() and with net() as
// 'return gross * 100 / 120;', and PricesTest (net() only). Branch feature (checked out, committed)
// has the files of this folder: net() edited (line 10), discounted() added (lines 21-35), no new test.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true)
def prices = new File(basedir, 'src/main/java/it/newcode/Prices.java')
def feature = prices.getText('UTF-8')
def discounted = feature.substring(feature.indexOf('\n    /**\n     * A price less a discount'), feature.lastIndexOf('}'))
def onMain = feature.replace(discounted, '').replace('Math.floorDiv(gross * 100, 120)', 'gross * 100 / 120')
assert onMain != feature && !onMain.contains('discounted') && onMain.contains('return gross * 100 / 120;')

new File(basedir, '.git').deleteDir()
new File(basedir, 'target').deleteDir()
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['init', '-q', '-b', 'main'])
prices.setText(onMain, 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Prices'])
git(['checkout', '-q', '-b', 'feature'])
prices.setText(feature, 'UTF-8')
git(['commit', '-q', '-a', '-m', 'Discounts, net() rounded down'])
true
