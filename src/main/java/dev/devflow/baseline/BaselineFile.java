package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.JsonDocument;
import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonSyntaxException;
import dev.devflow.gate.JsonWriter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads and writes {@code .devflow/baseline.json}. Reading never repairs: a bad file fails with
 * its line. Writing is for {@code devflow:baseline} only, writes nothing when the bytes would not
 * change (so the file's time and the work tree stay untouched) and replaces the file atomically,
 * so a killed build never leaves half a baseline.
 */
public final class BaselineFile {

    /** Where the baseline lives, relative to the root of the project. */
    public static final String DEFAULT_PATH = ".devflow/baseline.json";

    private BaselineFile() {
    }

    /** The baseline in {@code file}; empty when there is none. */
    public static Optional<Baseline> read(Path file) throws GateInputException {
        Optional<String> text = text(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(BaselineJson.fromJson(file, parse(file, text.get())));
    }

    /**
     * Writes {@code baseline} when its bytes differ from the file's, creating the folder.
     *
     * @return whether the file was written
     */
    public static boolean write(Path file, Baseline baseline) throws IOException {
        byte[] bytes = JsonWriter.write(BaselineJson.toJson(baseline)).getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // a plain new file, so it gets the umask's permissions (createTempFile would make it 0600)
        Path temporary = folder.resolve("." + file.getFileName() + ".devflow-tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.write(temporary, bytes);
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    /**
     * What an update did.
     *
     * @param written whether the file was written (not when the module's entry was already so)
     * @param damage  what was wrong with a damaged file that was written anew, or null
     * @param kept    where that damaged file was kept, or null
     */
    public record Update(boolean written, String damage, Path kept) {
    }

    /**
     * Records one module's entry, keeping the other modules' entries, for {@code devflow:baseline}
     * running in each module of a reactor. A damaged file is written anew, since running
     * {@code devflow:baseline} is the fix its message gives; the damaged file is kept beside it
     * ({@code baseline.json.damaged}), so the other modules' entries are not lost unseen. A file
     * from a newer devflow is not downgraded but fails. Other threads and Maven processes
     * updating the same file wait.
     */
    public static Update update(Path file, String moduleKey, ModuleBaseline module)
            throws GateInputException, IOException {
        try (BaselineLock lock = BaselineLock.acquire(file)) {
            Optional<String> text = text(file);
            Baseline current = Baseline.EMPTY;
            String damage = null;
            if (text.isPresent()) {
                try {
                    current = parseForUpdate(file, text.get());
                } catch (Damaged e) {
                    damage = e.getMessage();
                }
            }
            Path kept = null;
            if (damage != null) {
                kept = file.resolveSibling(file.getFileName() + ".damaged");
                Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Update(write(file, current.withModule(moduleKey, module)), damage, kept);
        }
    }

    /** A baseline file that cannot be read as one, but may be written anew. */
    private static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        Damaged(String problem) {
            super(problem, null, false, false);
        }
    }

    private static Baseline parseForUpdate(Path file, String text) throws GateInputException, Damaged {
        JsonDocument document;
        try {
            document = JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            throw new Damaged(e.getMessage());
        }
        BaselineJson.checkVersion(file, document);
        try {
            return BaselineJson.fromJson(file, document);
        } catch (GateInputException e) {
            throw new Damaged(e.problem());
        }
    }

    private static Optional<String> text(Path file) throws GateInputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (CharacterCodingException e) {
            throw GateInputException.ofFile(file, "the baseline is not UTF-8 text.", BaselineJson.FIX_REWRITE);
        } catch (IOException e) {
            throw GateInputException.ofFile(file, "the baseline cannot be read: " + e.getMessage(),
                    "make the file readable.");
        }
    }

    private static JsonDocument parse(Path file, String text) throws GateInputException {
        try {
            return JsonParser.parse(text);
        } catch (JsonSyntaxException e) {
            throw new GateInputException(file, e.line(), "the baseline is not valid JSON: " + e.problem()
                    + " (column " + e.column() + ").", BaselineJson.FIX_REWRITE);
        }
    }

    private static void move(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
