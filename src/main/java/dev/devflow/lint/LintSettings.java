package dev.devflow.lint;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What the lint gate runs PMD on and how it judges the result.
 *
 * @param projectRoot          paths in findings are relative to it
 * @param sourceRoots          directories whose {@code .java} files are analysed
 * @param excludes             source files left out: globs relative to a source root
 *                             ({@code **}{@code /generated/**})
 * @param ruleSets             rule set references: PMD categories
 *                             ({@code category/java/bestpractices.xml}), files, classpath resources
 * @param languageVersion      Java version the sources are written in ({@code 17})
 * @param auxClasspath         the module's compile classpath, for type resolution
 * @param encoding             source encoding
 * @param failurePriority      violations of this priority or more urgent (1 = highest) fail
 * @param maxAllowedViolations failing violations tolerated before the gate fails
 * @param cacheDirectory       where PMD's incremental cache lives, or null for none
 * @param threads              PMD worker threads
 * @param minimumTokens        smallest duplicate CPD reports
 * @param maxDuplications      duplicated blocks tolerated; null leaves duplicate detection off
 */
public record LintSettings(Path projectRoot, List<Path> sourceRoots, List<String> excludes, List<String> ruleSets,
                           String languageVersion, List<Path> auxClasspath, Charset encoding, int failurePriority,
                           int maxAllowedViolations, Path cacheDirectory, int threads, int minimumTokens,
                           Integer maxDuplications) {

    /** maven-pmd-plugin's default rule set, kept in devflow's jar. */
    public static final String DEFAULT_RULE_SET = "dev/devflow/lint/default-ruleset.xml";
    public static final String DEFAULT_FAILURE_PRIORITY = "5";
    public static final String DEFAULT_MAX_ALLOWED_VIOLATIONS = "0";
    public static final String DEFAULT_MINIMUM_TOKENS = "100";

    public LintSettings {
        sourceRoots = List.copyOf(sourceRoots);
        excludes = List.copyOf(excludes);
        ruleSets = List.copyOf(ruleSets);
        auxClasspath = List.copyOf(auxClasspath);
    }
}
