package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.core.data.IncompatibleExecDataVersionException;
import org.jacoco.core.tools.ExecFileLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads and merges JaCoCo execution data files, naming the file that cannot be read. */
final class ExecutionDataFiles {

    private static final String RERUN = "delete it and run the tests again (mvn clean verify).";

    private ExecutionDataFiles() {
    }

    static ExecutionDataStore load(List<Path> files) throws GateInputException {
        ExecFileLoader loader = new ExecFileLoader();
        for (Path file : files) {
            load(loader, file);
        }
        return loader.getExecutionDataStore();
    }

    private static void load(ExecFileLoader loader, Path file) throws GateInputException {
        try {
            if (Files.size(file) == 0) {
                throw GateInputException.ofFile(file, "is an empty JaCoCo execution data file: the test JVM"
                        + " did not end normally (killed, or System.halt).", RERUN);
            }
            loader.load(file.toFile());
        } catch (IncompatibleExecDataVersionException e) {
            throw GateInputException.ofFile(file, "was written by a JaCoCo agent with data format version 0x"
                    + Integer.toHexString(e.getActualVersion()) + ", but devflow reads version 0x"
                    + Integer.toHexString(e.getExpectedVersion()) + " (JaCoCo 0.8.x).",
                    "let devflow:coverage-agent or jacoco-maven-plugin 0.8.x write it, then " + RERUN);
        } catch (IOException e) {
            throw GateInputException.ofFile(file, "is not a valid JaCoCo execution data file ("
                    + describe(e) + ").", RERUN);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "it ends in the middle of a record: truncated";
        }
        String message = e.getMessage() == null ? "it cannot be read" : e.getMessage();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
