package dev.devflow.coverage;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/** Finds the execution data files of a module: the files in one directory matching globs. */
public final class ExecFileSearch {

    private ExecFileSearch() {
    }

    /**
     * @param directory where the files are ({@code target})
     * @param globs     file-name globs ({@code *.exec}, {@code jacoco-it.exec})
     * @return the matching regular files, sorted, each once
     */
    public static List<Path> find(Path directory, List<String> globs) throws IOException {
        TreeSet<Path> found = new TreeSet<>();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        for (String glob : globs) {
            if (glob.isBlank()) {
                continue;
            }
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob.trim())) {
                files.forEach(f -> {
                    if (Files.isRegularFile(f)) {
                        found.add(f);
                    }
                });
            }
        }
        return List.copyOf(found);
    }
}
