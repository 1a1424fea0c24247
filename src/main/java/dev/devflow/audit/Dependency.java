package dev.devflow.audit;

import dev.devflow.gate.Location;

import java.util.List;

/**
 * A resolved dependency of the module and how it got there.
 *
 * @param groupId    its group
 * @param artifactId its artifact
 * @param version    the version Maven resolved
 * @param scope      {@code compile}, {@code runtime}, {@code test}…
 * @param path       the chain that brings it in, from the module: {@code [app, lib-a 1.2, commons-text 1.9]}
 * @param place      the pom line to change: the {@code <dependency>} that brings it in, or the
 *                   {@code <dependencyManagement>} entry that sets its version
 */
public record Dependency(String groupId, String artifactId, String version, String scope, List<String> path,
                         Location place) {

    /** The scopes audited unless told otherwise: what the application ships with. */
    public static final String DEFAULT_SCOPES = "compile,runtime";

    public Dependency {
        path = List.copyOf(path);
    }

    /** OSV's name of a Maven package: {@code groupId:artifactId}. */
    public String packageName() {
        return groupId + ":" + artifactId;
    }

    /** {@code app -> lib-a 1.2 -> commons-text 1.9}. */
    public String shownPath() {
        return String.join(" -> ", path);
    }
}
