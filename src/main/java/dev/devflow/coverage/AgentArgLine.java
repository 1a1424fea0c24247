package dev.devflow.coverage;

import org.jacoco.core.runtime.AgentOptions;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The JVM argument line with the JaCoCo agent on it. Appends to what is there, so a user's
 * {@code argLine} (and the {@code @{argLine}} late replacement in surefire's configuration)
 * keeps working, and leaves a line alone that already carries a JaCoCo agent, so devflow and
 * jacoco:prepare-agent never record twice.
 */
public final class AgentArgLine {

    /** The property Surefire and Failsafe read their JVM arguments from, which the agent joins. */
    public static final String DEFAULT_PROPERTY = "argLine";

    private AgentArgLine() {
    }

    /**
     * @param existing the current value of the property, null or empty when unset
     * @param agentJar JaCoCo's runtime agent jar
     * @param destFile where the agent writes execution data
     * @return the new value, or empty when a JaCoCo agent is already on the line
     */
    public static Optional<String> with(String existing, Path agentJar, Path destFile) {
        String current = existing == null ? "" : existing.trim();
        if (hasJacocoAgent(current)) {
            return Optional.empty();
        }
        AgentOptions options = new AgentOptions();
        options.setDestfile(destFile.toString());
        options.setAppend(true);
        String agent = options.getQuotedVMArgument(agentJar.toFile());
        return Optional.of(current.isEmpty() ? agent : current + " " + agent);
    }

    static boolean hasJacocoAgent(String argLine) {
        return argLine.contains("-javaagent:") && argLine.contains("org.jacoco.agent");
    }
}
