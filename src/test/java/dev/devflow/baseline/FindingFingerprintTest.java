package dev.devflow.baseline;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingFingerprintTest {

    private static final String RULE = "lint.unused-local";
    private static final String CART = "src/main/java/com/acme/Cart.java";
    private static final String TOTAL = "com.acme.Cart#total";

    @TempDir
    Path project;

    @Test
    void isTheShortHashOfRulePathScopeAndTheLineWithoutWhitespace() {
        // Pinned: a change here turns every finding in every committed baseline into a new one.
        assertThat(FindingFingerprint.of(RULE, CART, TOTAL, "    int unused = 0;")).isEqualTo("d882ece20cc062c4");
        assertThat(FindingFingerprint.of(RULE, "src\\main\\java\\com\\acme\\Cart.java", TOTAL, "int unused=0;"))
                .isEqualTo("d882ece20cc062c4");
    }

    @Test
    void survivesLinesInsertedAboveAndReindenting() throws IOException {
        String before = only(cart("", "        int unused = 0;"), 5);
        String after = only(cart("// one\n// two\n// three\n", "\tint  unused =\t0 ;"), 8);

        assertThat(after).isEqualTo(before);
    }

    @Test
    void changesWithTheOffendingLineOrItsScope() throws IOException {
        String before = only(cart("", "        int unused = 0;"), 5);

        assertThat(only(cart("", "        int unused = 1;"), 5)).isNotEqualTo(before);
        assertThat(FindingFingerprint.of(RULE, CART, "com.acme.Basket#total", "int unused = 0;"))
                .isNotEqualTo(FindingFingerprint.of(RULE, CART, TOTAL, "int unused = 0;"));
        assertThat(FindingFingerprint.of("lint.other", CART, TOTAL, "int unused = 0;"))
                .isNotEqualTo(FindingFingerprint.of(RULE, CART, TOTAL, "int unused = 0;"));
    }

    @Test
    void twinsOnTwoLinesAreNumberedInLineOrderAndStayStable() throws IOException {
        String twin = "        log(total);";
        cart("", twin + "\n" + twin);
        List<String> first = FindingFingerprint.ofAll(List.of(at(6), at(5)), new SourceLines(project)).stream()
                .map(FingerprintedFinding::fingerprint).toList();
        cart("// moved down\n", twin + "\n" + twin);
        List<String> moved = FindingFingerprint.ofAll(List.of(at(6), at(7)), new SourceLines(project)).stream()
                .map(FingerprintedFinding::fingerprint).toList();

        String plain = FindingFingerprint.of(RULE, CART, TOTAL, twin);
        assertThat(first).doesNotHaveDuplicates().element(1).isEqualTo(plain);
        assertThat(moved).containsExactly(plain, first.get(0));
    }

    @Test
    void readsCrLfFilesAndToleratesMissingFilesAndLines() throws IOException {
        String unixLine = only(cart("", "        int unused = 0;"), 5);
        Files.writeString(project.resolve(CART), Files.readString(project.resolve(CART)).replace("\n", "\r\n"));
        SourceLines lines = new SourceLines(project);

        assertThat(lines.line(CART, 5)).isEqualTo("        int unused = 0;");
        assertThat(only(CART, 5)).isEqualTo(unixLine);
        assertThat(lines.line(CART, 99)).isEmpty();
        assertThat(lines.line(CART, 0)).isEmpty();
        assertThat(lines.line("src/main/java/Gone.java", 3)).isEmpty();
        assertThat(FindingFingerprint.ofAll(List.of(new ScopedFinding(finding("src/main/java/Gone.java", 3), null)),
                lines)).extracting(FingerprintedFinding::fingerprint)
                .containsExactly(FindingFingerprint.of(RULE, "src/main/java/Gone.java", "", ""));
    }

    @Test
    void readsEachFileOncePerRun() throws IOException {
        cart("", "        int unused = 0;");
        SourceLines lines = new SourceLines(project);
        assertThat(lines.line(CART, 5)).isEqualTo("        int unused = 0;");

        Files.delete(project.resolve(CART));
        assertThat(lines.line(CART, 5)).isEqualTo("        int unused = 0;");
    }

    private String cart(String header, String body) throws IOException {
        Path file = project.resolve(CART);
        Files.createDirectories(file.getParent());
        Files.writeString(file, header + "package com.acme;\n\nclass Cart {\n    int total() {\n" + body
                + "\n        return 0;\n    }\n}\n");
        return CART;
    }

    private String only(String path, int line) {
        return FindingFingerprint.ofAll(List.of(at(path, line)), new SourceLines(project)).get(0).fingerprint();
    }

    private static ScopedFinding at(int line) {
        return at(CART, line);
    }

    private static ScopedFinding at(String path, int line) {
        return new ScopedFinding(finding(path, line), TOTAL);
    }

    private static Finding finding(String path, int line) {
        return new Finding(RULE, Severity.ERROR, "unused", Location.ofLine(path, line));
    }
}
