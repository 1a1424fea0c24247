package dev.devflow.lint;

import dev.devflow.gate.GateInputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The Java source files of some roots, less the excluded ones, in a stable order. */
final class SourceSet {

    private SourceSet() {
    }

    /**
     * @throws GateInputException when a {@code .java} entry cannot be read as a file (a link to
     *                            nothing): skipping it would pass a gate on code nobody checked
     */
    static List<Path> javaFiles(List<Path> roots, List<String> excludes) throws GateInputException {
        List<PathMatcher> matchers = excludes.stream().filter(e -> !e.isBlank())
                .map(e -> FileSystems.getDefault().getPathMatcher("glob:" + e.trim())).toList();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java") && !Files.isDirectory(f))
                        .filter(f -> matchers.stream().noneMatch(m -> matches(m, root.relativize(f))))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw GateInputException.ofFile(file, Files.isSymbolicLink(file)
                                ? "is a link to a file that does not exist, so it cannot be checked."
                                : "is not a regular file, so it cannot be checked.",
                        "correct the link, or remove it from the sources.");
            }
        }
        return files;
    }

    /** {@code **}{@code /x/**} should also match {@code x/A.java} at the root, as Ant's does. */
    private static boolean matches(PathMatcher matcher, Path relative) {
        return matcher.matches(relative) || matcher.matches(Path.of("_").resolve(relative));
    }
}
