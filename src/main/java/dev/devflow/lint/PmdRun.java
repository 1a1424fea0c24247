package dev.devflow.lint;

import dev.devflow.gate.Fingerprint;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.ResultCache;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.lang.LanguageVersion;
import net.sourceforge.pmd.lang.rule.RulePriority;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.lang.rule.RuleSetLoadException;
import net.sourceforge.pmd.lang.rule.RuleSetLoader;
import net.sourceforge.pmd.reporting.Report;
import net.sourceforge.pmd.reporting.RuleViolation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PMD analysis through PMD's API: rule sets loaded through the rule set loader (so a
 * missing or broken one throws instead of being only logged), the report read directly.
 */
final class PmdRun {

    private final LintSettings settings;

    PmdRun(LintSettings settings) {
        this.settings = settings;
    }

    PmdOutcome analyse(List<Path> files) throws GateInputException {
        PMDConfiguration config = new PMDConfiguration();
        config.setDefaultLanguageVersion(javaVersion(settings.languageVersion()));
        config.setMinimumPriority(RulePriority.LOW);
        config.setThreads(Math.max(1, settings.threads()));
        config.setSourceEncoding(settings.encoding());
        config.prependAuxClasspath(auxClasspath());
        useCache(config);
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            pmd.addRuleSets(loadRuleSets(pmd.newRuleSetLoader()));
            files.forEach(pmd.files()::addFile);
            return outcome(pmd.performAnalysisAndCollectReport());
        }
    }

    private static PmdOutcome outcome(Report report) {
        List<PmdOutcome.Violation> violations = report.getViolations().stream()
                .map(v -> new PmdOutcome.Violation(v.getRule().getName(), v.getRule().getPriority().getPriority(),
                        v.getDescription(), Path.of(v.getFileId().getAbsolutePath()), v.getBeginLine(), v.getBeginColumn(),
                        scope(v)))
                .toList();
        List<PmdOutcome.Unanalysed> unanalysed = report.getProcessingErrors().stream()
                .map(e -> new PmdOutcome.Unanalysed(Path.of(e.getFileId().getAbsolutePath()), reason(e)))
                .toList();
        return new PmdOutcome(violations, report.getSuppressedViolations().size(), unanalysed);
    }

    /** {@code package.Class#method}, {@code package.Class} outside methods, empty when PMD does not say. */
    private static String scope(RuleViolation violation) {
        Map<String, String> info = violation.getAdditionalInfo();
        String type = info.getOrDefault(RuleViolation.CLASS_NAME, "");
        String pkg = info.getOrDefault(RuleViolation.PACKAGE_NAME, "");
        String method = info.getOrDefault(RuleViolation.METHOD_NAME, "");
        String qualified = pkg.isEmpty() || type.isEmpty() ? type : pkg + "." + type;
        return method.isEmpty() ? qualified : qualified + "#" + method;
    }

    private static String reason(Report.ProcessingError error) {
        // PMD's message repeats the absolute path and goes on with "Was expecting:" lines
        return error.getMsg().replaceFirst(" in file '[^']*'", "").lines().findFirst().orElse("").strip();
    }

    static LanguageVersion javaVersion(String version) throws GateInputException {
        LanguageVersion found = LanguageRegistry.PMD.getLanguageById("java").getVersion(version);
        if (found == null) {
            throw GateInputException.ofParameter("languageVersion", "PMD " + "does not know Java '" + version + "'.",
                    "set maven.compiler.release (or source) to a Java version such as 17.");
        }
        return found;
    }

    private List<RuleSet> loadRuleSets(RuleSetLoader loader) throws GateInputException {
        List<RuleSet> ruleSets = new ArrayList<>();
        for (String reference : settings.ruleSets()) {
            try {
                // the default set lists what maven-pmd-plugin lists, deprecated names included, so
                // PMD's deprecation warnings about it are ours to keep in step, not the user's
                loader.warnDeprecated(!reference.equals(LintSettings.DEFAULT_RULE_SET));
                ruleSets.add(loader.loadFromResource(reference));
            } catch (RuleSetLoadException e) {
                throw GateInputException.ofParameter("ruleSets", "rule set '" + reference + "' cannot be loaded: "
                        + e.getMessage(), "give a PMD category (category/java/bestpractices.xml), a file of the project"
                        + " or a resource on the plugin's classpath, and check its XML.");
            }
        }
        return ruleSets;
    }

    /** The module's classpath plus the JDK's jrt-fs.jar, so PMD resolves platform types. */
    private String auxClasspath() {
        List<String> entries = new ArrayList<>();
        settings.auxClasspath().forEach(p -> entries.add(p.toString()));
        Path jrt = Path.of(System.getProperty("java.home"), "lib", "jrt-fs.jar");
        if (Files.isRegularFile(jrt)) {
            entries.add(jrt.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private void useCache(PMDConfiguration config) {
        if (settings.cacheDirectory() == null) {
            config.setIgnoreIncrementalAnalysis(true);
            return;
        }
        // PMD's own cache hashes jars only: a sibling module's target/classes must change the key
        Fingerprint key = new Fingerprint().add(settings.languageVersion()).add(settings.ruleSets().toString());
        settings.auxClasspath().stream().filter(Files::isDirectory).forEach(key::addByMetadata);
        Path cache = new ResultCache(settings.cacheDirectory(), "pmd", key).claim();
        config.setAnalysisCacheLocation(cache.toString());
    }
}
