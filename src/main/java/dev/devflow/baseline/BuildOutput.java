package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whether a module's code was built before its baseline is recorded. Coverage and static analysis
 * read the compiled classes; without them both would record nothing, and the module's committed
 * entries (its known findings, its coverage floor) would be replaced by empty ones. That happens
 * when {@code devflow:baseline} runs alone after a build the Maven Build Cache Extension restored:
 * it brings back the jar and the reports, not {@code target/classes}.
 */
public final class BuildOutput {

    private BuildOutput() {
    }

    /**
     * @param sourceRoots the module's main source folders
     * @param classes     the folder its classes are compiled into
     * @throws GateInputException when a source folder holds Java files and {@code classes} holds no class file
     */
    public static void requireCompiled(List<Path> sourceRoots, Path classes) throws GateInputException, IOException {
        if (hasAny(sourceRoots, ".java") && !hasAny(List.of(classes), ".class")) {
            throw GateInputException.ofFile(classes, "the module has sources but no compiled classes, so its"
                            + " coverage and static-analysis entries would be recorded empty and the known ones lost.",
                    "build the module in the same run: mvn verify devflow:baseline (a build restored from the build"
                            + " cache brings back the reports, not target/classes).");
        }
    }

    private static boolean hasAny(List<Path> folders, String extension) throws IOException {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(extension) && Files.isRegularFile(f))) {
                    return true;
                }
            }
        }
        return false;
    }
}
