package dev.devflow.testresults;

import dev.devflow.gate.Location;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a test's method is in the module's test sources: {@code src/test/java/com/acme/CartTest.java:41}.
 * Found by the class's file and the method's declaration; a test whose source is not in the
 * module (generated, in a dependency) or whose name is no method's (a display name) has none.
 */
final class TestMethods {

    private final Path root;
    private final List<Path> sourceRoots;

    TestMethods(Path root, List<Path> sourceRoots) {
        this.root = root.toAbsolutePath().normalize();
        this.sourceRoots = sourceRoots;
    }

    Optional<Location> of(TestCase test) {
        String outer = test.className().contains("$")
                ? test.className().substring(0, test.className().indexOf('$')) : test.className();
        String method = test.name().replaceFirst("^([\\w$]+).*$", "$1");
        if (outer.isEmpty() || method.isEmpty()) {
            return Optional.empty();
        }
        Pattern declaration = Pattern.compile("\\b" + Pattern.quote(method) + "\\s*\\(");
        for (Path sourceRoot : sourceRoots) {
            Path file = sourceRoot.resolve(outer.replace('.', '/') + ".java");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) { // unreadable or not UTF-8
                return Optional.empty(); // the report still names the test; its place is a convenience
            }
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (declaration.matcher(line).find() && line.contains("void")) {
                    return Optional.of(Location.ofLine(shown(file), i + 1));
                }
            }
        }
        return Optional.empty();
    }

    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
