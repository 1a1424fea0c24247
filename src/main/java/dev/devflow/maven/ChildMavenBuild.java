package dev.devflow.maven;

import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseStep;
import dev.devflow.release.ReleaseVerification;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The release's verify build: the same Maven, started again on the release state, with what
 * the user gave the outer build (user properties, profiles, settings, local repository,
 * toolchains, offline). maven-release-plugin's child build loses the outer {@code -D}
 * properties and settings; this one passes them on, and marks itself so that it never
 * releases again.
 */
final class ChildMavenBuild implements ReleaseVerification {

    /** Set in the child build; a release goal that sees it does nothing. */
    static final String CHILD_PROPERTY = ParameterNames.RELEASE_CHILD;
    /** The Maven Build Cache Extension's switch that makes a build run instead of restoring. */
    static final String SKIP_BUILD_CACHE = "maven.build.cache.skipCache";

    /**
     * Given with -D they would override the release version the poms now carry, and the child
     * would build the SNAPSHOT again; the edited poms define them.
     */
    private static final java.util.Set<String> CI_FRIENDLY_VERSION = java.util.Set.of("revision", "changelist", "sha1");

    private final MavenSession session;
    private final List<String> goals;

    ChildMavenBuild(MavenSession session, String goals) {
        this(session, goals, List.of());
    }

    /** With goals run after the user's, when there are any ({@code devflow:baseline} refreshing the baseline). */
    ChildMavenBuild(MavenSession session, String goals, List<String> thenGoals) {
        this.session = session;
        List<String> asked = goals == null ? List.of()
                : Arrays.stream(goals.trim().split("\\s+")).filter(g -> !g.isEmpty()).toList();
        this.goals = asked.isEmpty() ? asked : java.util.stream.Stream.concat(asked.stream(), thenGoals.stream()).toList();
    }

    @Override
    public boolean enabled() {
        return !goals.isEmpty();
    }

    @Override
    public String describe() {
        return "mvn " + String.join(" ", goals);
    }

    @Override
    public void verify() throws ReleaseFailure {
        List<String> command = command();
        try {
            Process process = new ProcessBuilder(command).directory(session.getExecutionRootDirectory() == null ? null
                    : new File(session.getExecutionRootDirectory())).inheritIO().start();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new ReleaseFailure(ReleaseStep.VERIFY, "the verify build (" + describe() + ") failed with exit code "
                        + exit + "; its output is above.", "make the build pass on main and release again.");
            }
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.VERIFY, "the verify build could not start: " + e.getMessage(),
                    "check that " + command.get(0) + " can be run.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReleaseFailure(ReleaseStep.VERIFY, "interrupted while the verify build ran.", "release again.", e);
        }
    }

    List<String> command() {
        MavenExecutionRequest request = session.getRequest();
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.add("-B");
        command.add("-f");
        command.add(session.getTopLevelProject().getFile().getAbsolutePath());
        addFile(command, "-s", request.getUserSettingsFile());
        // The child runs the same Maven, which reads its own conf/settings.xml anyway; naming it
        // would only earn a deprecation warning on Maven 4, which renamed -gs.
        File globalSettings = request.getGlobalSettingsFile();
        if (globalSettings != null && !globalSettings.toPath().toAbsolutePath().normalize()
                .equals(mavenHome().resolve("conf").resolve("settings.xml").toAbsolutePath().normalize())) {
            addFile(command, "-gs", globalSettings);
        }
        addFile(command, "-t", request.getUserToolchainsFile());
        if (request.isOffline()) {
            command.add("-o");
        }
        if (request.getLocalRepositoryPath() != null) {
            command.add("-Dmaven.repo.local=" + request.getLocalRepositoryPath().getAbsolutePath());
        }
        profiles(request).forEach(p -> command.add("-P" + p));
        for (Map.Entry<Object, Object> property : session.getUserProperties().entrySet()) {
            String name = property.getKey().toString();
            if (!name.startsWith("devflow.release.") && !CI_FRIENDLY_VERSION.contains(name)) {
                command.add("-D" + name + "=" + property.getValue());
            }
        }
        command.add("-D" + CHILD_PROPERTY + "=true");
        // The release state is verified by running its gates, never by a result the Maven Build
        // Cache Extension restores (its key does not hold the version or the git state); without
        // the extension the property means nothing.
        command.add("-D" + SKIP_BUILD_CACHE + "=true");
        command.addAll(goals);
        return command;
    }

    private static List<String> profiles(MavenExecutionRequest request) {
        List<String> profiles = new ArrayList<>(request.getActiveProfiles());
        request.getInactiveProfiles().forEach(p -> profiles.add("!" + p));
        return profiles;
    }

    private static void addFile(List<String> command, String option, File file) {
        if (file != null && file.isFile()) {
            command.add(option);
            command.add(file.getAbsolutePath());
        }
    }

    private static Path mavenHome() {
        return Path.of(System.getProperty("maven.home", ""));
    }

    /** The Maven running this build; {@code mvn.cmd} on Windows. */
    private static Path executable() {
        Path bin = mavenHome().resolve("bin");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path mvn = bin.resolve(windows ? "mvn.cmd" : "mvn");
        return Files.isRegularFile(mvn) ? mvn : Path.of(windows ? "mvn.cmd" : "mvn");
    }
}
