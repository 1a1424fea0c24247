package dev.devflow.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a class's package and source file name, as bytecode knows them, into the path a person
 * can open: shared by the gates that read class files (coverage, static analysis).
 */
public final class SourceRoots {

    private final Path projectRoot;
    private final List<Path> sourceRoots;

    public SourceRoots(Path projectRoot, List<Path> sourceRoots) {
        this.projectRoot = projectRoot;
        this.sourceRoots = sourceRoots;
    }

    /**
     * @param vmPackage  package with slashes ({@code com/acme})
     * @param sourceFile the class's SourceFile attribute ({@code Foo.java}), may be null
     * @return the file relative to the project root where it exists in a source root, else
     *         the package path
     */
    public String pathOf(String vmPackage, String sourceFile) {
        String name = sourceFile == null ? "(unknown source)" : sourceFile;
        String relative = vmPackage.isEmpty() ? name : vmPackage + "/" + name;
        for (Path root : sourceRoots) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return Location.pathOf(projectRoot, candidate);
            }
        }
        return relative;
    }

}
