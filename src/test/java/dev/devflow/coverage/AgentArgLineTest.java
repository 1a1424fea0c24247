package dev.devflow.coverage;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AgentArgLineTest {

    private static final Path AGENT = Path.of("/repo/org.jacoco.agent-0.8.15-runtime.jar");
    private static final Path DATA = Path.of("/work/target/jacoco.exec");

    @Test
    void putsTheAgentOnAnEmptyLine() {
        assertThat(AgentArgLine.with(null, AGENT, DATA)).contains(
                "-javaagent:/repo/org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/target/jacoco.exec,append=true");
    }

    @Test
    void appendsToWhatIsThere() {
        assertThat(AgentArgLine.with("-Xmx1g -Dfoo=bar", AGENT, DATA)).contains("-Xmx1g -Dfoo=bar"
                + " -javaagent:/repo/org.jacoco.agent-0.8.15-runtime.jar=destfile=/work/target/jacoco.exec,append=true");
    }

    @Test
    void quotesPathsWithSpaces() {
        assertThat(AgentArgLine.with("", Path.of("/my repo/agent.jar"), DATA)).contains(
                "\"-javaagent:/my repo/agent.jar=destfile=/work/target/jacoco.exec,append=true\"");
    }

    @Test
    void leavesALineAloneThatAlreadyHasJacoco() {
        assertThat(AgentArgLine.with("-javaagent:/m2/org/jacoco/org.jacoco.agent/0.8.15/org.jacoco.agent-0.8.15-runtime.jar"
                + "=destfile=/x/jacoco.exec -Xmx1g", AGENT, DATA)).isEmpty();
    }
}
