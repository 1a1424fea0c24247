// How the scenarios' setup.groovy copies files kept elsewhere in the repository (the example
// project, another scenario's code) instead of keeping them twice. Like git.groovy beside it, this
// folder has no pom.xml, so it is not a scenario. A script loads it from the source tree:
//     def copy = evaluate(new File(basedir, '../../../src/it/lib/copy.groovy'))
//     copy(from, to)
// copies the file or the folder `from` (with everything under it) to `to`, making folders as
// needed and replacing files that are there. Both are java.nio.file.Path.
import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardCopyOption

{ Path from, Path to ->
    assert Files.exists(from) : "nothing to copy at $from"
    Files.walk(from).withCloseable { paths ->
        paths.each { Path path ->
            def target = to.resolve(from.relativize(path).toString())
            if (Files.isDirectory(path)) {
                Files.createDirectories(target)
            } else {
                Files.createDirectories(target.parent)
                Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING)
            }
        }
    }
}
