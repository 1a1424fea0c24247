package dev.devflow.maven;

import dev.devflow.coverage.AgentArgLine;
import dev.devflow.coverage.CoverageGate;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the JaCoCo agent on the test JVM's argument line ({@code argLine}, read by surefire and
 * failsafe), appending to any line already there, so that devflow alone records coverage. Does
 * nothing when a JaCoCo agent is already on the line (jacoco:prepare-agent ran).
 */
@Mojo(name = "coverage-agent", defaultPhase = LifecyclePhase.INITIALIZE, threadSafe = true)
public class CoverageAgentMojo extends DevflowMojo {

    static final String AGENT_ARTIFACT = "org.jacoco:org.jacoco.agent";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifacts;

    /** Skips the agent together with the coverage gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_SKIP, defaultValue = "false")
    private boolean skipCoverage;

    /** The execution data file the agent writes (appending across test runs). @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_DEST_FILE, defaultValue = "${project.build.directory}/jacoco.exec")
    private File destFile;

    /**
     * The project property that carries the JVM arguments; surefire and failsafe read
     * {@code argLine}. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_PROPERTY_NAME, defaultValue = AgentArgLine.DEFAULT_PROPERTY)
    private String propertyName;

    /** Writes no report: it sets the agent up for the tests. */
    @Override
    protected List<String> reportFiles() {
        return List.of();
    }

    @Override
    protected String gateName() {
        return CoverageGate.NAME + "-agent";
    }

    @Override
    protected boolean gateSkipped() {
        return skipCoverage;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.COVERAGE_SKIP;
    }

    @Override
    protected void run() throws MojoFailureException {
        Artifact agent = pluginArtifacts.get(AGENT_ARTIFACT);
        if (agent == null || agent.getFile() == null) {
            throw BuildOutcome.setupFailure("coverage-agent", "the JaCoCo agent " + AGENT_ARTIFACT
                    + " is not among the plugin's artifacts.", "do not exclude it from devflow's dependencies.");
        }
        String existing = project.getProperties().getProperty(propertyName);
        Optional<String> argLine = AgentArgLine.with(existing, agent.getFile().toPath(), destFile.toPath());
        if (argLine.isEmpty()) {
            getLog().info("devflow coverage-agent: a JaCoCo agent is already on " + propertyName
                    + " (jacoco:prepare-agent?), leaving it as it is");
            return;
        }
        project.getProperties().setProperty(propertyName, argLine.get());
        getLog().info("devflow coverage-agent: " + propertyName + " set to " + argLine.get());
    }
}
