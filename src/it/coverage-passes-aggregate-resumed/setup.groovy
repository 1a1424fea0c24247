// The modules' code is coverage-passes-reactor-aggregate's (core: Slugs without tests; app: Page and
// the tests that also run Slugs), copied from there rather than kept twice in the repository.
def source = new File(basedir, '../../../src/it/coverage-passes-reactor-aggregate').toPath().normalize()
def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
['core/src', 'app/src'].each { folder -> copy(source.resolve(folder), basedir.toPath().resolve(folder)) }
true
