package dev.devflow.lint;

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

    static List<Path> javaFiles(List<Path> roots, List<String> excludes) {
        List<PathMatcher> matchers = excludes.stream().filter(e -> !e.isBlank())
                .map(e -> FileSystems.getDefault().getPathMatcher("glob:" + e.trim())).toList();
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f))
                        .filter(f -> matchers.stream().noneMatch(m -> matches(m, root.relativize(f))))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** {@code **}{@code /x/**} should also match {@code x/A.java} at the root, as Ant's does. */
    private static boolean matches(PathMatcher matcher, Path relative) {
        return matcher.matches(relative) || matcher.matches(Path.of("_").resolve(relative));
    }
}
