package dev.devflow.release;

import dev.devflow.release.remote.RemoteAccess;
import dev.devflow.release.remote.ServerCredentials;
import dev.devflow.release.remote.SshSetup;

import java.util.Objects;
import java.util.Optional;

/**
 * What the git side of a release needs to know: which branch releases are made from, the tag it
 * will create, and whether it talks to the remote.
 *
 * @param releaseBranch  the branch releases are made from ({@value #DEFAULT_RELEASE_BRANCH})
 * @param expectedBranch for CI checkouts with a detached HEAD: the branch this checkout is; HEAD
 *                       must then be that branch's commit. Empty: a detached HEAD is refused
 * @param tagName        the tag the release will create, {@code v1.2.0}; empty when the version
 *                       could not be chosen (that problem is reported on its own), so no tag is checked
 * @param push           whether the release will push the branch and the tag
 * @param remote         the remote to fetch from and push to ({@value #DEFAULT_REMOTE})
 * @param fetch          whether to fetch the remote before checking, so "behind" and "tag on
 *                       the remote" are judged on fresh remote-tracking refs
 * @param credentials    for an HTTPS remote: user and password or token, from a Maven settings
 *                       {@code <server>}, and its id; empty: none (or those in the URL)
 * @param ssh            for an SSH remote: where its config, known hosts, keys and agent are; the
 *                       user's unless a test gives its own
 */
public record ReleaseGitSettings(String releaseBranch, Optional<String> expectedBranch, String tagName,
        boolean push, String remote, boolean fetch, Optional<ServerCredentials> credentials, SshSetup ssh) {

    public static final String DEFAULT_RELEASE_BRANCH = "main";
    public static final String DEFAULT_REMOTE = "origin";

    public ReleaseGitSettings {
        Objects.requireNonNull(releaseBranch, "releaseBranch");
        Objects.requireNonNull(expectedBranch, "expectedBranch");
        Objects.requireNonNull(tagName, "tagName");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(ssh, "ssh");
    }

    /** Without credentials, with the user's SSH setup. */
    public ReleaseGitSettings(String releaseBranch, Optional<String> expectedBranch, String tagName, boolean push,
                              String remote, boolean fetch) {
        this(releaseBranch, expectedBranch, tagName, push, remote, fetch, Optional.empty(), SshSetup.ofUser());
    }

    /** Defaults for everything but the tag: branch {@code main}, remote {@code origin}, no push, no fetch. */
    public static ReleaseGitSettings forTag(String tagName) {
        return new ReleaseGitSettings(DEFAULT_RELEASE_BRANCH, Optional.empty(), tagName, false, DEFAULT_REMOTE, false);
    }

    public ReleaseGitSettings withReleaseBranch(String branch) {
        return new ReleaseGitSettings(branch, expectedBranch, tagName, push, remote, fetch, credentials, ssh);
    }

    public ReleaseGitSettings withExpectedBranch(String branch) {
        return new ReleaseGitSettings(releaseBranch, Optional.of(branch), tagName, push, remote, fetch, credentials, ssh);
    }

    public ReleaseGitSettings withPush(boolean on) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tagName, on, remote, fetch, credentials, ssh);
    }

    public ReleaseGitSettings withFetch(boolean on) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tagName, push, remote, on, credentials, ssh);
    }

    public ReleaseGitSettings withCredentials(ServerCredentials server) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tagName, push, remote, fetch, Optional.of(server), ssh);
    }

    public ReleaseGitSettings withRemote(String name) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tagName, push, name, fetch, credentials, ssh);
    }

    public ReleaseGitSettings withTagName(String tag) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tag, push, remote, fetch, credentials, ssh);
    }

    public ReleaseGitSettings withSsh(SshSetup setup) {
        return new ReleaseGitSettings(releaseBranch, expectedBranch, tagName, push, remote, fetch, credentials, setup);
    }

    /** How the release reaches {@link #remote()}: with these credentials and this SSH setup. */
    public RemoteAccess remoteAccess() {
        return new RemoteAccess(remote, credentials, ssh);
    }
}
