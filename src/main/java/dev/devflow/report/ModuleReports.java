package dev.devflow.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every report of a module's check, written once from the shared model: report.json, report.md,
 * devflow.sarif and devflow-junit.xml in the module's report folder, and the CI's own outputs
 * when the environment says which CI runs the build (GitHub Actions: workflow-command
 * annotations on standard output and the job's step summary; GitLab CI: the Code Quality report).
 */
public final class ModuleReports {

    public static final String CHECK_JSON = "report.json";
    public static final String MARKDOWN = "report.md";
    public static final String SARIF = "devflow.sarif";
    public static final String JUNIT = "devflow-junit.xml";
    public static final String GITLAB_CODE_QUALITY = "gl-code-quality-report.json";

    /** The files {@link #write} may write, for clearing them before a run. */
    public static final List<String> FILES = List.of(CHECK_JSON, MARKDOWN, SARIF, JUNIT, GITLAB_CODE_QUALITY);

    private ModuleReports() {
    }

    /**
     * @param directory     the module's report folder
     * @param pluginVersion devflow's version, for SARIF's tool
     * @param environment   the build's environment variables ({@code GITHUB_ACTIONS}, {@code GITLAB_CI} …)
     * @param console       where CI annotations go (standard output, where the CI reads them)
     */
    public static void write(ModuleCheck check, Path directory, String pluginVersion, Map<String, String> environment,
                             PrintStream console) throws IOException {
        CheckJson.write(check, directory.resolve(CHECK_JSON));
        MarkdownReport.write(check, directory.resolve(MARKDOWN));
        SarifReport.write(check, pluginVersion, directory.resolve(SARIF));
        JUnitReport.write(check, directory.resolve(JUNIT));
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            CiAnnotations.github(check).forEach(console::println);
            String summary = environment.get("GITHUB_STEP_SUMMARY");
            if (summary != null && !summary.isBlank()) {
                CiAnnotations.appendStepSummary(check, Path.of(summary));
            }
        }
        if ("true".equals(environment.get("GITLAB_CI"))) {
            CiAnnotations.writeGitlabCodeQuality(check, directory.resolve(GITLAB_CODE_QUALITY));
        }
    }
}
