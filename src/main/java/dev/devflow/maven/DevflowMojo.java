package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every devflow goal shares: {@code devflow.skip}, a per-gate skip, and turning
 * exceptions into the build's outcome in one place. Shared work lives in composed classes,
 * not here.
 */
abstract class DevflowMojo extends AbstractMojo {

    /** Skips every devflow goal. */
    @Parameter(property = ParameterNames.SKIP, defaultValue = "false")
    private boolean skip;

    /** Where devflow writes its reports ({@code <gate>.json}). @since 0.1.0 */
    @Parameter(property = ParameterNames.REPORT_DIRECTORY, defaultValue = "${project.build.directory}/devflow")
    private File reportDirectory;

    /**
     * Not a setting: devflow's {@code devflow.*} properties (the pom's {@code <properties>} and
     * {@code -D}) as one text, for the Maven Build Cache Extension to reconcile a cached build on
     * ({@code <reconcile propertyName="propertySettings"/>}, README "The Maven Build Cache
     * Extension"). Filled from the session by {@link #setPropertySettings(MavenSession)}.
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${session}")
    private String propertySettings;

    /** Maven injects the session here; the field keeps only devflow's properties, as text. */
    public void setPropertySettings(MavenSession session) {
        propertySettings = PropertySettings.of(
                session.getCurrentProject() == null ? null : session.getCurrentProject().getProperties(),
                session.getUserProperties());
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        String skippedBy = skippedBy();
        if (skippedBy != null) {
            getLog().info("devflow " + gateName() + ": skipped (" + skippedBy + ")");
            return;
        }
        try {
            // a report left by an earlier run must not stand for this one if this one stops early
            for (String file : reportFiles()) {
                Files.deleteIfExists(report(file));
            }
            run();
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure(gateName(), e);
        } catch (IOException e) {
            throw BuildOutcome.fileFailure(gateName(), e);
        } catch (UncheckedIOException e) {
            throw BuildOutcome.fileFailure(gateName(), e);
        } catch (RuntimeException e) {
            // a fault of devflow or of a tool it runs: said as one, not as Maven's "internal error"
            throw BuildOutcome.unexpected(gateName(), e);
        }
    }

    /** The switch that skips this goal ({@code devflow.skip} or the gate's own), or null. */
    final String skippedBy() {
        if (skip) {
            return ParameterNames.SKIP;
        }
        return gateSkipped() ? skipProperty() : null;
    }

    /** A report file of this module. */
    protected final Path report(String fileName) {
        return reportDirectory.toPath().resolve(fileName);
    }

    /** The report files this goal writes in the report directory, cleared before it runs. */
    protected List<String> reportFiles() {
        return List.of(gateName() + ".json");
    }

    /** The gate this goal serves, as in property names ({@code coverage}). */
    protected abstract String gateName();

    /** Whether the gate's own skip switch is on. */
    protected abstract boolean gateSkipped();

    /** The property of that switch, named in the log. */
    protected abstract String skipProperty();

    protected abstract void run() throws GateInputException, IOException, MojoFailureException, MojoExecutionException;
}
