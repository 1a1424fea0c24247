package dev.devflow.release.pom;

import java.util.Objects;

/** An artifact without its version, as a reactor knows its modules: {@code groupId:artifactId}. */
public record ArtifactKey(String groupId, String artifactId) {

    public ArtifactKey {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId;
    }
}
