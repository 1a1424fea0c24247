package dev.devflow.maven;

/**
 * Every user property devflow reads, in one place: {@code devflow.<gate>.<name>}, the same
 * word for the same idea in every gate.
 */
public final class ParameterNames {

    public static final String SKIP = "devflow.skip";
    public static final String REPORT_DIRECTORY = "devflow.reportDirectory";

    public static final String COVERAGE_SKIP = "devflow.coverage.skip";
    public static final String COVERAGE_MINIMUM = "devflow.coverage.minimum";
    public static final String COVERAGE_CRITICAL_PACKAGES = "devflow.coverage.criticalPackages";
    public static final String COVERAGE_CRITICAL_MINIMUM = "devflow.coverage.criticalMinimum";
    public static final String COVERAGE_EXCLUDES = "devflow.coverage.excludes";
    public static final String COVERAGE_EXCLUDED_ANNOTATIONS = "devflow.coverage.excludedAnnotations";
    public static final String COVERAGE_DATA_FILES = "devflow.coverage.dataFiles";
    public static final String COVERAGE_AGGREGATE = "devflow.coverage.aggregate";
    public static final String COVERAGE_FAIL_ON_MISSING_DATA = "devflow.coverage.failOnMissingData";
    public static final String COVERAGE_DEST_FILE = "devflow.coverage.destFile";
    public static final String COVERAGE_PROPERTY_NAME = "devflow.coverage.propertyName";

    private ParameterNames() {
    }
}
