// The modules' code is coverage-passes-reactor-aggregate's (core: Slugs without tests; app: Page and
// the tests that also run Slugs), copied from there rather than kept twice in the repository.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def source = new File(basedir, '../../../src/it/coverage-passes-reactor-aggregate').toPath().normalize()
assert Files.isDirectory(source) : "no scenario at $source"
['core/src', 'app/src'].each { folder ->
    def from = source.resolve(folder)
    Files.walk(from).withCloseable { paths ->
        paths.each { path ->
            def to = basedir.toPath().resolve(folder).resolve(from.relativize(path).toString())
            if (Files.isDirectory(path)) {
                Files.createDirectories(to)
            } else {
                Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
true
