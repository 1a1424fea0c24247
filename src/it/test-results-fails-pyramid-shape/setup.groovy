// The code of test-results-passes-layers, copied from there rather than kept twice.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def source = new File(basedir, '../../../src/it/test-results-passes-layers/src').toPath().normalize()
assert Files.isDirectory(source) : "no scenario sources at $source"
Files.walk(source).withCloseable { paths ->
    paths.each { path ->
        def to = basedir.toPath().resolve('src').resolve(source.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(to)
        } else {
            Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
true
