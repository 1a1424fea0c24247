package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;

/**
 * What every devflow goal shares: {@code devflow.skip}, a per-gate skip, and turning
 * exceptions into the build's outcome in one place. Shared work lives in composed classes,
 * not here.
 */
abstract class DevflowMojo extends AbstractMojo {

    /** Skips every devflow goal. */
    @Parameter(property = ParameterNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("devflow " + gateName() + ": skipped (" + ParameterNames.SKIP + ")");
            return;
        }
        if (gateSkipped()) {
            getLog().info("devflow " + gateName() + ": skipped (" + skipProperty() + ")");
            return;
        }
        try {
            run();
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure(gateName(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("devflow " + gateName() + " could not read or write a file: " + e, e);
        }
    }

    /** The gate this goal serves, as in property names ({@code coverage}). */
    protected abstract String gateName();

    /** Whether the gate's own skip switch is on. */
    protected abstract boolean gateSkipped();

    /** The property of that switch, named in the log. */
    protected abstract String skipProperty();

    protected abstract void run() throws GateInputException, IOException, MojoFailureException;
}
