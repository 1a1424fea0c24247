package dev.devflow.maven;

/**
 * Every user property devflow reads, in one place: {@code devflow.<gate>.<name>}, the same
 * word for the same idea in every gate.
 */
public final class ParameterNames {

    public static final String SKIP = "devflow.skip";
    public static final String REPORT_DIRECTORY = "devflow.reportDirectory";
    public static final String FAIL_ON_ERROR = "devflow.failOnError";
    public static final String CHECK_GATES = "devflow.check.gates";
    public static final String BASELINE_FILE = "devflow.baseline.file";

    public static final String COVERAGE_SKIP = "devflow.coverage.skip";
    public static final String COVERAGE_BASELINE = "devflow.coverage.baseline";
    public static final String COVERAGE_TOLERANCE = "devflow.coverage.tolerance";
    public static final String COVERAGE_BASE_REF = "devflow.coverage.baseRef";
    public static final String COVERAGE_NEW_CODE_MINIMUM = "devflow.coverage.newCodeMinimum";
    public static final String COVERAGE_FAIL_ON_MISSING_HISTORY = "devflow.coverage.failOnMissingHistory";
    public static final String COVERAGE_MINIMUM = "devflow.coverage.minimum";
    public static final String COVERAGE_CRITICAL_PACKAGES = "devflow.coverage.criticalPackages";
    public static final String COVERAGE_CRITICAL_MINIMUM = "devflow.coverage.criticalMinimum";
    public static final String COVERAGE_EXCLUDES = "devflow.coverage.excludes";
    public static final String COVERAGE_EXCLUDED_ANNOTATIONS = "devflow.coverage.excludedAnnotations";
    public static final String COVERAGE_DATA_FILES = "devflow.coverage.dataFiles";
    public static final String COVERAGE_AGGREGATE = "devflow.coverage.aggregate";
    public static final String COVERAGE_LAYERS = "devflow.coverage.layers";
    public static final String COVERAGE_FAIL_ON_MISSING_DATA = "devflow.coverage.failOnMissingData";
    public static final String COVERAGE_DEST_FILE = "devflow.coverage.destFile";
    public static final String COVERAGE_PROPERTY_NAME = "devflow.coverage.propertyName";

    public static final String CHANGELOG_SKIP = "devflow.changelog.skip";
    public static final String CHANGELOG_FILE = "devflow.changelog.file";
    public static final String CHANGELOG_BASE_REF = "devflow.changelog.baseRef";
    public static final String CHANGELOG_REQUIRE_UNRELEASED_ENTRIES = "devflow.changelog.requireUnreleasedEntries";
    public static final String CHANGELOG_DISABLED_RULES = "devflow.changelog.disabledRules";
    public static final String CHANGELOG_STRICT = "devflow.changelog.strict";
    public static final String CHANGELOG_SINCE = "devflow.changelog.since";
    public static final String CHANGELOG_FAIL_IF_MISSING = "devflow.changelog.failIfMissing";
    public static final String CHANGELOG_FAIL_ON_GIT_PROBLEM = "devflow.changelog.failOnGitProblem";

    public static final String VERSION_SKIP = "devflow.version.skip";
    /** How releases are tagged: read by version (which tags count) and release (which tag it makes). */
    public static final String TAG_PATTERN = "devflow.tagPattern";
    /** @deprecated the version goal's old property for {@link #TAG_PATTERN} */
    @Deprecated
    public static final String VERSION_TAG_PATTERN = "devflow.version.tagPattern";
    public static final String VERSION_INDEPENDENT_MODULES = "devflow.version.independentModules";
    public static final String VERSION_FAIL_ON_GIT_PROBLEM = "devflow.version.failOnGitProblem";

    public static final String TEST_RESULTS_SKIP = "devflow.test-results.skip";
    public static final String TEST_RESULTS_LAYERS = "devflow.test-results.layers";
    public static final String TEST_RESULTS_FAIL_ON_SKIPPED_TESTS = "devflow.test-results.failOnSkippedTests";
    public static final String TEST_RESULTS_MAX_SKIPPED = "devflow.test-results.maxSkipped";
    public static final String TEST_RESULTS_FAIL_ON_FLAKY = "devflow.test-results.failOnFlaky";
    public static final String TEST_RESULTS_BUDGETS = "devflow.test-results.budgets";
    public static final String TEST_RESULTS_TEST_BUDGETS = "devflow.test-results.testBudgets";
    public static final String TEST_RESULTS_SHARES = "devflow.test-results.shares";
    public static final String TEST_RESULTS_SHARE_TOLERANCE = "devflow.test-results.shareTolerance";
    public static final String TEST_RESULTS_TAG_LAYERS = "devflow.test-results.tagLayers";
    public static final String TEST_RESULTS_CLASS_LAYERS = "devflow.test-results.classLayers";
    public static final String TEST_RESULTS_MINIMUM_TESTS = "devflow.test-results.minimumTests";
    public static final String AUDIT_SKIP = "devflow.audit.skip";
    public static final String AUDIT_FAIL_ON = "devflow.audit.failOn";
    public static final String AUDIT_SCOPES = "devflow.audit.scopes";
    public static final String AUDIT_SOURCE = "devflow.audit.source";
    public static final String AUDIT_EXPORT_URL = "devflow.audit.exportUrl";
    public static final String AUDIT_API_URL = "devflow.audit.apiUrl";
    public static final String AUDIT_CACHE_DIRECTORY = "devflow.audit.cacheDirectory";
    public static final String AUDIT_MAX_AGE_HOURS = "devflow.audit.maxAgeHours";
    public static final String AUDIT_FAIL_ON_UNAVAILABLE = "devflow.audit.failOnUnavailable";
    public static final String AUDIT_SUPPRESSIONS = "devflow.audit.suppressions";
    public static final String AUDIT_BASELINE = "devflow.audit.baseline";

    public static final String LINT_SKIP = "devflow.lint.skip";
    public static final String LINT_BASELINE = "devflow.lint.baseline";
    public static final String LINT_RULESETS = "devflow.lint.rulesets";
    public static final String LINT_FAILURE_PRIORITY = "devflow.lint.failurePriority";
    public static final String LINT_MAX_ALLOWED_VIOLATIONS = "devflow.lint.maxAllowedViolations";
    public static final String LINT_INCLUDE_TESTS = "devflow.lint.includeTests";
    public static final String LINT_INCLUDE_GENERATED_SOURCES = "devflow.lint.includeGeneratedSources";
    public static final String LINT_EXCLUDES = "devflow.lint.excludes";
    public static final String LINT_LANGUAGE_VERSION = "devflow.lint.languageVersion";
    public static final String LINT_MAX_DUPLICATIONS = "devflow.lint.maxDuplications";
    public static final String LINT_MINIMUM_TOKENS = "devflow.lint.minimumTokens";
    public static final String LINT_CACHE = "devflow.lint.cache";

    public static final String STATIC_ANALYSIS_SKIP = "devflow.static-analysis.skip";
    public static final String STATIC_ANALYSIS_BASELINE = "devflow.static-analysis.baseline";
    public static final String STATIC_ANALYSIS_EFFORT = "devflow.static-analysis.effort";
    public static final String STATIC_ANALYSIS_THRESHOLD = "devflow.static-analysis.threshold";
    public static final String STATIC_ANALYSIS_MAX_RANK = "devflow.static-analysis.maxRank";
    public static final String STATIC_ANALYSIS_FAIL_ON_SECURITY = "devflow.static-analysis.failOnSecurity";
    public static final String STATIC_ANALYSIS_FIND_SEC_BUGS = "devflow.static-analysis.findSecBugs";
    public static final String STATIC_ANALYSIS_INCLUDE_FILTER = "devflow.static-analysis.includeFilterFile";
    public static final String STATIC_ANALYSIS_EXCLUDE_FILTER = "devflow.static-analysis.excludeFilterFile";
    public static final String STATIC_ANALYSIS_FAIL_ON_INCOMPLETE = "devflow.static-analysis.failOnIncomplete";
    public static final String STATIC_ANALYSIS_CACHE = "devflow.static-analysis.cache";

    private ParameterNames() {
    }

    public static final String RELEASE_VERSION = "devflow.release.version";
    public static final String RELEASE_DEVELOPMENT_VERSION = "devflow.release.developmentVersion";
    public static final String RELEASE_BRANCH = "devflow.release.branch";
    /** @deprecated the release goal's old property for {@link #TAG_PATTERN} */
    @Deprecated
    public static final String RELEASE_TAG_PATTERN = "devflow.release.tagPattern";
    public static final String RELEASE_BUMPS = "devflow.release.bumps";
    public static final String RELEASE_VERIFY_GOALS = "devflow.release.verifyGoals";
    public static final String RELEASE_NO_VERIFY = "devflow.release.noVerify";
    public static final String RELEASE_PUSH = "devflow.release.push";
    public static final String RELEASE_REMOTE = "devflow.release.remote";
    public static final String RELEASE_FETCH = "devflow.release.fetch";
    public static final String RELEASE_SERVER_ID = "devflow.release.serverId";
    public static final String RELEASE_DRY_RUN = "devflow.release.dryRun";
    public static final String RELEASE_ROLLBACK = "devflow.release.rollback";
    /** Set by the release for its verify build, which must not release again. */
    public static final String RELEASE_CHILD = "devflow.release.child";
    /** Tests only: stop the JVM dead after this step, as a kill would. */
    public static final String RELEASE_HALT_AFTER = "devflow.release.test.haltAfter";
}
