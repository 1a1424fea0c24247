package dev.devflow.coverage;

import org.jacoco.core.analysis.IBundleCoverage;

import java.util.List;

/**
 * The bundle as JaCoCo counts it, plus what the analysis noticed on the way.
 *
 * @param bundle             coverage of every analysed class
 * @param classFiles         number of class files looked at
 * @param excludedClasses    classes left out by pattern or annotation (qualified names)
 * @param excludedMethods    methods left out by annotation ({@code com.acme.Foo.bar(int)})
 * @param mismatchedClasses  classes whose execution data was recorded for other bytecode
 * @param classesWithoutDebugInfo classes with code but no line numbers
 * @param duplicateClasses   class names found in more than one classes directory
 */
record AnalysedBundle(IBundleCoverage bundle, int classFiles, List<String> excludedClasses,
                      List<String> excludedMethods, List<String> mismatchedClasses,
                      List<String> classesWithoutDebugInfo, List<String> duplicateClasses) {
}
