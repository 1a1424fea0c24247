// main: pom.xml, .gitignore, Prices.java without discounted() and PricesTest without its test.
// Branch feature (checked out, committed) has the files of this folder: discounted() added
// (lines 21-35) and the test that covers it.
// A repository of the scenario's own, so that JGit does not find the plugin's repository around
// target/it. Rebuilt from scratch on every run.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true)
def prices = new File(basedir, 'src/main/java/it/newcode/Prices.java')
def test = new File(basedir, 'src/test/java/it/newcode/PricesTest.java')
def feature = prices.getText('UTF-8')
def featureTest = test.getText('UTF-8')
def discounted = feature.substring(feature.indexOf('\n    /**\n     * A price less a discount'), feature.lastIndexOf('}'))
def discountedTest = featureTest.substring(featureTest.indexOf('\n    @Test\n    void discounted()'), featureTest.lastIndexOf('}'))
def onMain = feature.replace(discounted, '')
def testOnMain = featureTest.replace(discountedTest, '')
assert !onMain.contains('long discounted(') && !testOnMain.contains('Prices.discounted(') && testOnMain.contains('void net()')

new File(basedir, '.git').deleteDir()
new File(basedir, 'target').deleteDir()
new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['init', '-q', '-b', 'main'])
prices.setText(onMain, 'UTF-8')
test.setText(testOnMain, 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'Prices'])
git(['checkout', '-q', '-b', 'feature'])
prices.setText(feature, 'UTF-8')
test.setText(featureTest, 'UTF-8')
git(['commit', '-q', '-a', '-m', 'Discounts, tested'])
true
