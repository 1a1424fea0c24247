package dev.devflow.audit;

import java.util.Objects;

/**
 * One package in one version, as the OSV API is asked about it.
 *
 * @param name    {@code groupId:artifactId}, the name OSV gives Maven packages
 * @param version the version in use, as the pom resolves it
 */
public record PackageVersion(String name, String version) {

    public PackageVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
