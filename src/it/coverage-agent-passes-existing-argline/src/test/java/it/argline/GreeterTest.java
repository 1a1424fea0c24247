package it.argline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class GreeterTest {

    @Test
    void projectArgLineAndSurefireAdditionReachTheTestJvm() {
        assertEquals("bar", System.getProperty("foo"));
        assertEquals("1", System.getProperty("extra"));
    }

    @Test
    void jacocoAgentIsOnTheTestJvm() {
        assertTrue(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-javaagent:") && a.contains("org.jacoco.agent")));
    }

    @Test
    void greets() {
        assertEquals("Hello, Ada", new Greeter().greet("Ada"));
    }
}
