// The scenario builds the bundled example project's code and changelog, copied from example/ rather
// than kept twice in the repository. Every run starts with an empty cache: a cache left by an
// earlier run would answer build 1.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def example = new File(basedir, '../../../example').toPath().normalize()
assert Files.isDirectory(example) : "no example project at $example"
def copy = { java.nio.file.Path from ->
    Files.walk(from).withCloseable { paths ->
        paths.each { path ->
            def to = basedir.toPath().resolve(example.relativize(path).toString())
            if (Files.isDirectory(path)) {
                Files.createDirectories(to)
            } else {
                Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
copy(example.resolve('src'))
copy(example.resolve('CHANGELOG.md'))
new File(basedir, 'build-cache').deleteDir()
true
