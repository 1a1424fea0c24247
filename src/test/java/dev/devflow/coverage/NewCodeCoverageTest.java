package dev.devflow.coverage;

import dev.devflow.baseline.NewCode;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import dev.devflow.testing.CoverageFixture;
import dev.devflow.testing.CoverageFixture.Call;
import dev.devflow.testing.GitFixture;
import dev.devflow.testing.IsolatedGitConfig;
import dev.devflow.testing.sample.Discount;
import org.eclipse.jgit.api.Git;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The new-code rule over a real JaCoCo analysis of the sample class {@link Discount} and a real
 * repository whose source root holds that class's source: the file on disk is the one the class
 * was compiled from (so the line data matches), and main holds an older version of it.
 */
class NewCodeCoverageTest {

    /** Where the sample's source lies in this project, and where it lies in the fixture repository. */
    private static final String SOURCE = "src/test/java/dev/devflow/testing/sample/Discount.java";
    private static final String IN_REPO = "src/main/java/dev/devflow/testing/sample/Discount.java";
    private static final BigDecimal MINIMUM = new BigDecimal("0.90");

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path repo;
    private Path sourceRoot;
    private String current;

    @BeforeEach
    void setUp() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("config")));
        repo = dir.resolve("repo");
        sourceRoot = repo.resolve("src/main/java");
        current = Files.readString(Path.of(SOURCE));
        assertThat(current.lines().toList().get(10)).isEqualTo("            return cents - cents / 10;");
        assertThat(current.lines().toList().get(15)).isEqualTo("    public static String describe(long cents) {");
    }

    @AfterEach
    void restoreGit() {
        config.close();
    }

    /**
     * On main, lines 8, 11 and 13 read otherwise and describe() (lines 15-22) is missing. The
     * recorded run calls apply(1000, "TEN") only. New lines with code: 8, 11, 13, 17-21 (the
     * blank line 15, the signature 16 and the braces carry none); covered: 11 alone. Line 8
     * stands alone (10 and 11 carry code between it and 13); 13 and 17-21 make one range
     * (14-16 carry none).
     */
    @Test
    void takesTheMinimumAsARatioOrAPercentageAndRejectsOneOutsideZeroToOne() throws Exception {
        assertThat(NewCodeCoverage.minimum("devflow.coverage.newCodeMinimum", "90%")).isEqualTo(new BigDecimal("0.90"));
        assertThatThrownBy(() -> NewCodeCoverage.minimum("devflow.coverage.newCodeMinimum", "1.5"))
                .hasMessage("parameter devflow.coverage.newCodeMinimum: 1.5 is not a ratio."
                        + " Fix: use a value from 0 to 1, such as 0.90.");
    }

    @Test
    void countsOnlyNewLinesWithCodeAndReportsUncoveredRangesMergedAcrossLinesWithout() throws Exception {
        String onMain = current.replace("            return cents;\n", "            return 0;\n")
                .replace("return cents - cents / 10;", "return cents - cents / 5;")
                .replace("        return cents / 2;\n", "        return cents;\n")
                .replace(describe(), "");
        String base = commitThenCheckOutFeature(onMain);

        NewCodeCoverage.Result result = judge(Call.of(Discount.class, "apply", 1000L, "TEN"));

        Measurement m = result.measurement();
        assertThat(m.name()).isEqualTo("new code line coverage (merge-base " + base + " of HEAD and main)");
        assertThat(m.value()).isEqualTo("0.12");
        assertThat(m.detail()).isEqualTo("1 of 8 new lines with code covered");
        assertThat(m.threshold()).isEqualTo(Threshold.minimum(MINIMUM));
        assertThat(m.met()).isFalse();
        assertThat(m.message()).isEqualTo("new code line coverage is 0.12, below 0.90: cover 7 more new lines."
                + " Not covered: " + IN_REPO + ":8, " + IN_REPO + ":13-21");
        assertThat(result.findings()).containsExactly(
                new Finding("coverage.new-code-uncovered", Severity.ERROR, "new line not covered by any test",
                        Location.ofLine(IN_REPO, 8)),
                new Finding("coverage.new-code-uncovered", Severity.ERROR, "new lines not covered by any test",
                        Location.ofLines(IN_REPO, 13, 21)));
    }

    /**
     * New lines 10, 13 and 17-21 carry code; line 10 is only partly covered (its branch goes one
     * way), which counts as covered.
     */
    @Test
    void passesWhenEveryNewLineWithCodeIsCoveredPartlyCoveredCounting() throws Exception {
        String base = commitThenCheckOutFeature(current.replace(describe(), "")
                .replace("if (code.equals(\"TEN\"))", "if (\"TEN\".equals(code))")
                .replace("        return cents / 2;\n", "        return cents;\n"));

        NewCodeCoverage.Result result = judge(Call.of(Discount.class, "describe", 1234L),
                Call.of(Discount.class, "apply", 1000L, "X"));

        Measurement m = result.measurement();
        assertThat(m.name()).isEqualTo("new code line coverage (merge-base " + base + " of HEAD and main)");
        assertThat(m.value()).isEqualTo("1.00");
        assertThat(m.detail()).isEqualTo("7 of 7 new lines with code covered");
        assertThat(m.met()).isTrue();
        assertThat(result.findings()).isEmpty();
    }

    /** Lines 17-21 new, none covered: at a minimum of 0 the rule holds, and the range stays, as a note. */
    @Test
    void uncoveredNewLinesAreNotesWhenTheMinimumIsMet() throws Exception {
        commitThenCheckOutFeature(current.replace(describe(), ""));
        CoverageFixture module = new CoverageFixture(dir.resolve("module")).withClass(Discount.class);
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Discount.class, "apply", 1000L, "TEN"));
        NewCode newCode = NewCode.since(repo, "main", List.of(sourceRoot));

        NewCodeCoverage.Result result = new NewCodeCoverage(newCode, BigDecimal.ZERO)
                .judge(bundle(classes, exec), List.of(sourceRoot), repo);

        assertThat(result.measurement().value()).isEqualTo("0.00");
        assertThat(result.measurement().detail()).isEqualTo("0 of 5 new lines with code covered");
        assertThat(result.measurement().met()).isTrue();
        assertThat(result.findings()).containsExactly(new Finding("coverage.new-code-uncovered", Severity.NOTE,
                "new lines not covered by any test", Location.ofLines(IN_REPO, 17, 21)));
    }

    /** Only the javadoc of line 3 changed: no new line carries code. */
    @Test
    void newLinesWithoutCodeMakeTheRuleNotApplicable() throws Exception {
        String base = commitThenCheckOutFeature(current.replace("/** A class whose coverage", "/** A class whose lines"));

        NewCodeCoverage.Result result = judge(Call.of(Discount.class, "apply", 1000L, "TEN"));

        assertThat(result.measurement()).isEqualTo(Measurement.reported(
                "new code line coverage (merge-base " + base + " of HEAD and main)", "not applicable",
                "no new line carries code"));
        assertThat(result.findings()).isEmpty();
    }

    /** Lines 15-22: the blank line before describe() and describe() itself. */
    private String describe() {
        int start = current.indexOf("\n    public static String describe(");
        int end = current.lastIndexOf("}");
        return current.substring(start, end);
    }

    /** main holds {@code onMain}; branch feature (checked out) commits the file as compiled. Returns the merge-base, abbreviated. */
    private String commitThenCheckOutFeature(String onMain) throws Exception {
        assertThat(onMain).isNotEqualTo(current);
        try (GitFixture fixture = GitFixture.init(repo); Git git = Git.open(repo.toFile())) {
            fixture.write(IN_REPO, onMain).commit("main");
            String base = git.log().call().iterator().next().abbreviate(7).name();
            fixture.branch("feature").write(IN_REPO, current).commit("feature");
            return base;
        }
    }

    private NewCodeCoverage.Result judge(Call... calls) throws Exception {
        CoverageFixture module = new CoverageFixture(dir.resolve("module")).withClass(Discount.class);
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", calls);
        NewCode newCode = NewCode.since(repo, "main", List.of(sourceRoot));
        return new NewCodeCoverage(newCode, MINIMUM).judge(bundle(classes, exec), List.of(sourceRoot), repo);
    }

    private static IBundleCoverage bundle(Path classes, Path exec) throws Exception {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(exec.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        new Analyzer(loader.getExecutionDataStore(), builder).analyzeAll(classes.toFile());
        return builder.getBundle("module");
    }
}
