package dev.devflow.bugs;

import java.nio.file.Path;
import java.util.List;

/**
 * What the static-analysis gate analyses and how it judges, in spotbugs-maven-plugin's words.
 *
 * @param projectRoot        paths in findings are relative to it
 * @param classesDirectory   the module's compiled classes ({@code target/classes})
 * @param sourceRoots        the main source roots, to map SpotBugs' package-relative paths
 * @param auxClasspath       the module's compile classpath
 * @param effort             {@code min}, {@code default} or {@code max}
 * @param threshold          {@code high}, {@code medium} (= {@code default}) or {@code low}
 * @param maxRank            bugs of a rank above this (1 = scariest … 20) are not reported
 * @param failOnSecurity     SECURITY findings fail whatever their priority
 * @param findSecBugsJar     the FindSecBugs plugin jar, or null to analyse without it
 * @param includeFilter      a SpotBugs include filter file, or null
 * @param excludeFilter      a SpotBugs exclude filter file, or null
 * @param failOnIncomplete   an analysis that could not read every class fails (true) or warns
 * @param cacheDirectory     where the result cache lives, or null for none
 * @param analysesAtOnce     how many SpotBugs analyses may run at once in this JVM (one per
 *                           module the build runs at once, see {@link AnalysisConcurrency})
 */
public record StaticAnalysisSettings(Path projectRoot, Path classesDirectory, List<Path> sourceRoots,
                                     List<Path> auxClasspath, String effort, String threshold, int maxRank,
                                     boolean failOnSecurity, Path findSecBugsJar, Path includeFilter,
                                     Path excludeFilter, boolean failOnIncomplete, Path cacheDirectory,
                                     int analysesAtOnce) {

    public static final String DEFAULT_EFFORT = "default";
    public static final String DEFAULT_THRESHOLD = "medium";
    public static final String DEFAULT_MAX_RANK = "20";

    public StaticAnalysisSettings {
        sourceRoots = List.copyOf(sourceRoots);
        auxClasspath = List.copyOf(auxClasspath);
    }
}
