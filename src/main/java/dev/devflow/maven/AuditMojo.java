package dev.devflow.maven;

import dev.devflow.audit.AdvisoriesUnavailable;
import dev.devflow.audit.AdvisoryLookup;
import dev.devflow.audit.AuditGate;
import dev.devflow.audit.AuditSettings;
import dev.devflow.audit.Dependency;
import dev.devflow.audit.OsvApi;
import dev.devflow.audit.OsvExport;
import dev.devflow.audit.Suppressions;
import dev.devflow.audit.VulnerabilitySeverity;
import dev.devflow.gate.GateInputException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.versioning.ComparableVersion;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Dependencies against known vulnerabilities: the module's resolved dependencies, by exact Maven
 * coordinates, against OSV's advisories (GitHub's reviewed advisories among them).
 */
@Mojo(name = "audit", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class AuditMojo extends GateMojo {

    /** Maven's own version order, as it resolves versions: what OSV's Maven ranges are written in. */
    static final Comparator<String> MAVEN_ORDER = Comparator.comparing(ComparableVersion::new);

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Decrypts a proxy password as Maven does for its own downloads. */
    @Component
    private SettingsDecrypter settingsDecrypter;

    /** Skips the audit. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_SKIP, defaultValue = "false")
    private boolean skipAudit;

    /** The lowest severity that fails: LOW, MEDIUM, HIGH or CRITICAL; lower ones warn. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_FAIL_ON, defaultValue = VulnerabilitySeverity.DEFAULT_FAIL_ON)
    private String failOn;

    /** The dependency scopes audited: add {@code test} (or {@code provided}) to audit those too. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_SCOPES, defaultValue = Dependency.DEFAULT_SCOPES)
    private List<String> scopes;

    /**
     * Where advisories come from: {@code export}, a copy of OSV's Maven database kept under
     * {@code cacheDirectory} and refreshed when older than {@code maxAgeHours}; or {@code api},
     * OSV's query API on every build. @since 0.1.0
     */
    @Parameter(property = ParameterNames.AUDIT_SOURCE, defaultValue = AdvisoryLookup.DEFAULT_SOURCE)
    private String source;

    /** The address of OSV's Maven export (a zip), or of a company's mirror of it. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_EXPORT_URL, defaultValue = OsvExport.DEFAULT_URL)
    private String exportUrl;

    /** The address of OSV's query API, or of a mirror. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_API_URL, defaultValue = OsvApi.DEFAULT_URL)
    private String apiUrl;

    /** Where the export is kept between builds. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_CACHE_DIRECTORY, defaultValue = "${user.home}/.m2/devflow/osv")
    private File cacheDirectory;

    /** How many hours the kept export is used before it is refreshed (a conditional request). @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_MAX_AGE_HOURS, defaultValue = OsvExport.DEFAULT_MAX_AGE_HOURS)
    private int maxAgeHours;

    /** No database and no copy of it fails the gate; {@code false}: a warning. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_FAIL_ON_UNAVAILABLE, defaultValue = "true")
    private boolean failOnUnavailable;

    /** Accepted vulnerabilities; default {@code .devflow/audit-suppressions.json} at the reactor root. @since 0.1.0 */
    @Parameter(property = ParameterNames.AUDIT_SUPPRESSIONS)
    private File suppressions;

    /**
     * Vulnerabilities recorded in the baseline ({@code devflow:baseline}) are reported as known and
     * do not fail, except CRITICAL ones. @since 0.1.0
     */
    @Parameter(property = ParameterNames.AUDIT_BASELINE, defaultValue = "true")
    private boolean useBaseline;

    @Override
    protected String gateName() {
        return AuditGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipAudit;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.AUDIT_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException {
        List<Dependency> dependencies = new DependencyPlaces(session(), project).audited(scopes());
        AdvisoryLookup.Source from = AdvisoryLookup.Source.parse(ParameterNames.AUDIT_SOURCE, source);
        String address = from == AdvisoryLookup.Source.API ? apiUrl : exportUrl;
        AdvisoryLookup.Settings where = new AdvisoryLookup.Settings(from, uri(ParameterNames.AUDIT_EXPORT_URL,
                exportUrl), uri(ParameterNames.AUDIT_API_URL, apiUrl), cacheDirectory.toPath(),
                Duration.ofHours(maxAgeHours), session().isOffline(),
                MavenProxy.httpSettings(session(), settingsDecrypter, address), report(""));
        Path suppressionsFile = suppressions != null ? suppressions.toPath()
                : ProjectFiles.root(session()).resolve(".devflow/audit-suppressions.json");
        VulnerabilitySeverity threshold = VulnerabilitySeverity.parse(ParameterNames.AUDIT_FAIL_ON, failOn);
        AdvisoryLookup.Found found;
        try {
            found = new AdvisoryLookup(where).lookup(dependencies);
        } catch (AdvisoriesUnavailable e) {
            return single(AuditGate.unavailable(e.getMessage(), dependencies.size(), failOnUnavailable));
        }
        AuditSettings settings = new AuditSettings(dependencies, threshold, Suppressions.read(suppressionsFile,
                ProjectFiles.display(session(), suppressionsFile)), LocalDate.now(), MAVEN_ORDER, found.database(),
                found.warnings(), baseline(project, useBaseline).findings(AuditGate.NAME, true));
        return single(new AuditGate(settings, found.advisories()).evaluate());
    }

    private static final List<String> SCOPES = List.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME,
            Artifact.SCOPE_PROVIDED, Artifact.SCOPE_TEST, Artifact.SCOPE_SYSTEM);

    /** The scopes listed; a name Maven does not know would match nothing and pass silently, so it fails. */
    private List<String> scopes() throws GateInputException {
        List<String> all = new ArrayList<>();
        for (String entry : scopes == null ? List.<String>of() : scopes) {
            for (String scope : entry.split(",")) {
                if (scope.isBlank()) {
                    continue;
                }
                if (!SCOPES.contains(scope.trim())) {
                    throw GateInputException.ofParameter(ParameterNames.AUDIT_SCOPES, "there is no scope '" + scope.trim()
                            + "'.", "use some of " + String.join(", ", SCOPES) + ".");
                }
                all.add(scope.trim());
            }
        }
        if (all.isEmpty()) {
            throw GateInputException.ofParameter(ParameterNames.AUDIT_SCOPES, "no scope is listed, so nothing would be"
                    + " audited.", "list some of " + String.join(", ", SCOPES) + ", or skip the audit with "
                    + ParameterNames.AUDIT_SKIP + ".");
        }
        return all;
    }

    private static URI uri(String parameter, String text) throws GateInputException {
        try {
            URI uri = URI.create(text.trim());
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        throw GateInputException.ofParameter(parameter, "'" + text + "' is not an http or https address.",
                "write the full address, for example " + OsvExport.DEFAULT_URL + ".");
    }
}
