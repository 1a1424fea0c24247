// The code of test-results-passes-layers, copied from there rather than kept twice.
def source = new File(basedir, '../../../src/it/test-results-passes-layers/src').toPath().normalize()
def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
copy(source, basedir.toPath().resolve('src'))
true
