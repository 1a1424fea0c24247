package dev.devflow.coverage;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything the coverage gate needs, in plain Java. The defaults live here and the Maven
 * parameters refer to them, so the goal page shows the real values.
 *
 * @param bundleName          name of the analysed bundle (the module's artifactId)
 * @param projectRoot         directory that paths in messages are relative to
 * @param classesDirectories  compiled classes to analyse
 * @param sourceRoots         source roots, to turn class names into {@code path:line}
 * @param execFiles           JaCoCo execution data files, merged
 * @param rules               rules every element must respect
 * @param classExcludes       class-file patterns left out of the analysis
 *                            ({@code com/acme/generated/**}, {@code **}{@code /*Dto.class})
 * @param excludedAnnotations annotation names (JaCoCo wildcards) whose classes and methods are
 *                            left out
 * @param failOnMissingData   fail (true) or warn (false) when classes exist without any data, or
 *                            a layer's file is missing
 * @param layers              execution data files each held alone to its own minimum
 */
public record CoverageSettings(String bundleName, Path projectRoot, List<Path> classesDirectories,
                               List<Path> sourceRoots, List<Path> execFiles, List<CoverageRule> rules,
                               List<String> classExcludes, List<String> excludedAnnotations,
                               boolean failOnMissingData, List<CoverageLayer> layers) {

    public static final String DEFAULT_MINIMUM = "0.85";
    public static final String DEFAULT_CRITICAL_MINIMUM = "0.95";
    public static final String DEFAULT_EXCLUDED_ANNOTATIONS = "*Generated*";
    public static final String DEFAULT_DATA_FILES = "*.exec";
    public static final boolean DEFAULT_FAIL_ON_MISSING_DATA = true;

    public CoverageSettings {
        classesDirectories = List.copyOf(classesDirectories);
        sourceRoots = List.copyOf(sourceRoots);
        execFiles = List.copyOf(execFiles);
        rules = List.copyOf(rules);
        classExcludes = List.copyOf(classExcludes);
        excludedAnnotations = List.copyOf(excludedAnnotations);
        layers = List.copyOf(layers);
    }

    /** Without layers: the merged data only. */
    public CoverageSettings(String bundleName, Path projectRoot, List<Path> classesDirectories,
                            List<Path> sourceRoots, List<Path> execFiles, List<CoverageRule> rules,
                            List<String> classExcludes, List<String> excludedAnnotations,
                            boolean failOnMissingData) {
        this(bundleName, projectRoot, classesDirectories, sourceRoots, execFiles, rules, classExcludes,
                excludedAnnotations, failOnMissingData, List.of());
    }

    /** Whether any rule counts lines, which needs classes compiled with debug information. */
    boolean countsLines() {
        return rules.stream().flatMap(r -> r.limits().stream())
                .anyMatch(l -> l.counter() == org.jacoco.core.analysis.ICoverageNode.CounterEntity.LINE);
    }
}
