// The example project's code and changelog, copied from example/ rather than kept twice, and one
// edit per input the scenario changes (edits/<edit>/, copied over the project by the profile
// "edit"): each is the file as it is plus one harmless line, so it changes the cache's key and
// nothing a gate reports. Every run starts with an empty cache.
import java.nio.file.Files
import java.nio.file.Path

def example = new File(basedir, '../../../example').toPath().normalize()
assert Files.isDirectory(example) : "no example project at $example"
def project = basedir.toPath()
def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
copy(example.resolve('src'), project.resolve('src'))
copy(example.resolve('CHANGELOG.md'), project.resolve('CHANGELOG.md'))

def edit = { String name, String file, String line ->
    def to = project.resolve("edits/$name/$file")
    Files.createDirectories(to.parent)
    Files.writeString(to, Files.readString(project.resolve(file)) + line)
}
edit('changelog', 'CHANGELOG.md', '\n')
edit('source', 'src/main/java/com/example/shop/Cart.java', '// edited between two builds\n')
edit('rules', 'config/pmd.xml', '<!-- edited between two builds -->\n')
new File(basedir, 'build-cache').deleteDir()
true
