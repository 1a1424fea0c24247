// The history, built in this folder first: main has A (Prices.java without discounted(),
// PricesTest without its test, README.md) and B (README.md edited); feature branches off B with C
// (the files of this folder: discounted() and its test); then main moves on with D (README.md).
// That repository goes beside this folder (<scenario>-origin.git), and this folder becomes a
// shallow clone of it, as a CI checkout with a fetch depth of 1 makes: git clone --depth 1
// --no-single-branch --branch feature file://…, so HEAD is C and origin/main is D, both without
// parents here, and their merge-base B is not in the clone. Its .git is moved into this folder,
// whose files are already those of C, and the index is read from HEAD: the work tree is clean.
// Rebuilt from scratch on every run.
def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir, identity: true)
def prices = new File(basedir, 'src/main/java/it/newcode/Prices.java')
def test = new File(basedir, 'src/test/java/it/newcode/PricesTest.java')
def readme = new File(basedir, 'README.md')
def feature = prices.getText('UTF-8')
def featureTest = test.getText('UTF-8')
def discounted = feature.substring(feature.indexOf('\n    /**\n     * A price less a discount'), feature.lastIndexOf('}'))
def discountedTest = featureTest.substring(featureTest.indexOf('\n    @Test\n    void discounted()'), featureTest.lastIndexOf('}'))
def onMain = feature.replace(discounted, '')
def testOnMain = featureTest.replace(discountedTest, '')
assert !onMain.contains('long discounted(') && !testOnMain.contains('Prices.discounted(') && testOnMain.contains('void net()')

def origin = new File(basedir.parentFile, basedir.name + '-origin.git')
def clone = new File(basedir.parentFile, basedir.name + '-clone')
[new File(basedir, '.git'), new File(basedir, 'target'), origin, clone].each { it.deleteDir() }

new File(basedir, '.gitignore').setText('build.log\ntarget/\n', 'UTF-8')
git(['init', '-q', '-b', 'main'])
prices.setText(onMain, 'UTF-8')
test.setText(testOnMain, 'UTF-8')
readme.setText('# Prices\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'A: prices'])
readme.setText('# Prices\n\nIn cents.\n', 'UTF-8')
git(['commit', '-q', '-a', '-m', 'B: readme'])
git(['checkout', '-q', '-b', 'feature'])
prices.setText(feature, 'UTF-8')
test.setText(featureTest, 'UTF-8')
git(['commit', '-q', '-a', '-m', 'C: discounts, tested'])
git(['checkout', '-q', 'main'])
readme.setText('# Prices\n\nIn cents, net of 20% VAT.\n', 'UTF-8')
git(['commit', '-q', '-a', '-m', 'D: readme'])
git(['checkout', '-q', 'feature'])

assert new File(basedir, '.git').renameTo(origin)
gitIn(basedir.parentFile, identity: true)(['clone', '-q', '--depth', '1', '--no-single-branch', '--no-checkout',
        '--branch', 'feature', 'file://' + origin.absolutePath, clone.name])
assert new File(clone, '.git').renameTo(new File(basedir, '.git'))
clone.deleteDir()
git(['reset', '-q'])
true
