package dev.devflow.maven;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code devflow.*} property a message, a Javadoc or a default names in the sources is one
 * that a parameter reads: a fix that tells users to set a property nothing reads sends them
 * nowhere.
 */
class ParameterNamesTest {

    /**
     * A property name: {@code devflow.<gate>.<name>} or {@code devflow.<name>}; not a Java package
     * (after "dev."), not a prefix (before a dot), not a report file ({@code devflow.sarif}).
     */
    private static final Pattern PROPERTY =
            Pattern.compile("(?<![\\w.])devflow\\.[a-z][\\w-]*(?:\\.[a-z]\\w*)*(?![\\w.-])(?<!\\.sarif)");

    @Test
    void everyPropertyTheSourcesNameIsAParameter() throws Exception {
        Set<String> known = parameterNames();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                named.addAll(propertiesIn(file));
            }
        }

        assertThat(named).isNotEmpty();
        assertThat(named).allSatisfy(name -> assertThat(known).as("ParameterNames").contains(name));
    }

    private static Set<String> propertiesIn(Path file) throws IOException {
        Set<String> found = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("package ") || line.startsWith("import ")) {
                continue;
            }
            Matcher matcher = PROPERTY.matcher(line);
            while (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static Set<String> parameterNames() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : ParameterNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                names.add((String) field.get(null));
            }
        }
        return names;
    }
}
