// A copy of devflow-maven-plugin's own repository as this build sees it: pom.xml, CHANGELOG.md,
// README.md, LICENSE, .mvn and src/main (what a release reads and edits; the tests are left out
// to keep the copy small), committed on main in a repository of the scenario's own. The pom and
// changelog as they were are kept in originals/ (ignored by git), for verify.groovy to compare.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

def gitIn = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))
def git = gitIn(basedir)
Path root = basedir.toPath().resolve('../../..').normalize()
Path here = basedir.toPath()
assert Files.readString(root.resolve('pom.xml')).contains('<artifactId>devflow-maven-plugin</artifactId>') :
        "$root is not devflow-maven-plugin's project"
def copy = { Path from ->
    Files.walk(from).withCloseable { files ->
        files.filter { Files.isRegularFile(it) }.forEach { file ->
            Path target = here.resolve(root.relativize(file).toString())
            Files.createDirectories(target.parent)
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
['.git', 'target', 'src', '.mvn', 'originals'].each { new File(basedir, it).deleteDir() }
['pom.xml', 'CHANGELOG.md', 'README.md', 'LICENSE', '.mvn', 'src/main'].each { copy(root.resolve(it)) }
// The files as they were, to compare with what the release leaves.
Files.createDirectories(here.resolve('originals'))
['pom.xml', 'CHANGELOG.md'].each { Files.copy(root.resolve(it), here.resolve('originals').resolve(it)) }

git(['init', '-q', '-b', 'main'])
git(['config', 'user.name', 'devflow IT'])
git(['config', 'user.email', 'it@devflow.invalid'])
git(['config', 'commit.gpgsign', 'false'])
git(['config', 'tag.gpgsign', 'false'])
git(['config', 'core.autocrlf', 'false'])
new File(basedir, '.gitignore').setText('build.log\ntarget/\noriginals/\n.mvn/jvm.config\n', 'UTF-8')
git(['add', '-A'])
git(['commit', '-q', '-m', 'devflow-maven-plugin as this build sees it'])
true
