package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuildOutputTest {

    @TempDir
    Path module;

    @Test
    void sourcesWithoutClassesFailNamingTheClassesFolderAndTheFix() throws Exception {
        Path sources = write("src/main/java/shop/Cart.java");
        Path classes = module.resolve("target/classes");

        assertThatThrownBy(() -> BuildOutput.requireCompiled(List.of(sources), classes))
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining(classes.toString())
                .hasMessageContaining("no compiled classes")
                .hasMessageContaining("mvn verify devflow:baseline");
    }

    @Test
    void anEmptyClassesFolderIsNotABuild() throws Exception {
        Path sources = write("src/main/java/shop/Cart.java");
        Path classes = Files.createDirectories(module.resolve("target/classes/shop"));

        assertThatThrownBy(() -> BuildOutput.requireCompiled(List.of(sources), classes.getParent()))
                .isInstanceOf(GateInputException.class);
    }

    @Test
    void compiledSourcesPass() throws Exception {
        Path sources = write("src/main/java/shop/Cart.java");
        write("target/classes/shop/Cart.class");

        assertThatCode(() -> BuildOutput.requireCompiled(List.of(sources), module.resolve("target/classes")))
                .doesNotThrowAnyException();
    }

    @Test
    void aModuleWithoutSourcesHasNothingToBuild() {
        assertThatCode(() -> BuildOutput.requireCompiled(List.of(module.resolve("src/main/java")),
                module.resolve("target/classes"))).doesNotThrowAnyException();
    }

    /** The source root of a file written under the module, or the file's folder for classes. */
    private Path write(String file) throws Exception {
        Path path = module.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "x");
        return file.startsWith("src/main/java") ? module.resolve("src/main/java") : path.getParent();
    }
}
