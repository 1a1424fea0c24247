// The scenario builds the bundled example project's code and changelog, copied from example/ rather
// than kept twice in the repository. Every run starts with an empty cache: a cache left by an
// earlier run would answer build 1.
import java.nio.file.Files

def example = new File(basedir, '../../../example').toPath().normalize()
assert Files.isDirectory(example) : "no example project at $example"
def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
copy(example.resolve('src'), basedir.toPath().resolve('src'))
copy(example.resolve('CHANGELOG.md'), basedir.toPath().resolve('CHANGELOG.md'))
new File(basedir, 'build-cache').deleteDir()
true
