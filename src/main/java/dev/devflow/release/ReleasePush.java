package dev.devflow.release;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.internal.JGitText;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pushes the release branch and its tag together: atomically where the remote can (all or
 * nothing), else the branch first and the tag only after it. JGit does not throw for a rejected
 * ref, so every ref's status is read and written to the journal.
 */
public final class ReleasePush {

    private final Git git;
    private final ReleaseJournal journal;
    private final String remote;
    private final CredentialsProvider credentials;

    public ReleasePush(Git git, ReleaseJournal journal, String remote) {
        this(git, journal, remote, null);
    }

    /** With {@code credentials} for an HTTPS remote; null leaves JGit's defaults. */
    public ReleasePush(Git git, ReleaseJournal journal, String remote, CredentialsProvider credentials) {
        this.git = git;
        this.journal = journal;
        this.remote = remote;
        this.credentials = credentials;
    }

    /** Pushes HEAD to {@code branch} on the remote, and the tag {@code tagName}. */
    public void push(String branch, String tagName) throws ReleaseFailure {
        RefSpec branchSpec = new RefSpec(Constants.HEAD + ":" + Constants.R_HEADS + branch);
        RefSpec tagSpec = new RefSpec(Constants.R_TAGS + tagName + ":" + Constants.R_TAGS + tagName);
        List<String> refs = List.of(branchSpec.getDestination(), tagSpec.getDestination());
        journal.willPush(refs);
        Map<String, RemoteRefUpdate> updates;
        try {
            updates = send(List.of(branchSpec, tagSpec), true);
        } catch (AtomicUnsupported e) {
            updates = sendOneByOne(branchSpec, tagSpec);
        }
        judge(refs, updates);
    }

    /** Without atomic push the tag waits for the branch: a tag must never name a commit the branch lacks. */
    private Map<String, RemoteRefUpdate> sendOneByOne(RefSpec branchSpec, RefSpec tagSpec) throws ReleaseFailure {
        for (String ref : List.of(branchSpec.getDestination(), tagSpec.getDestination())) {
            journal.pushed(ref, PushState.NOT_STARTED);
        }
        Map<String, RemoteRefUpdate> updates = new LinkedHashMap<>();
        try {
            updates.putAll(send(List.of(branchSpec), false));
            if (stateOf(updates.get(branchSpec.getDestination())) == PushState.DONE) {
                updates.putAll(send(List.of(tagSpec), false));
            }
        } catch (AtomicUnsupported impossible) {
            throw new IllegalStateException(impossible);
        }
        return updates;
    }

    private Map<String, RemoteRefUpdate> send(List<RefSpec> specs, boolean atomic)
            throws ReleaseFailure, AtomicUnsupported {
        Map<String, RemoteRefUpdate> updates = new LinkedHashMap<>();
        try {
            Iterable<PushResult> results = git.push().setRemote(remote).setRefSpecs(specs).setAtomic(atomic).setCredentialsProvider(credentials)
                    .setTimeout(ReleaseReadiness.REMOTE_TIMEOUT_SECONDS).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    updates.put(update.getRemoteName(), update);
                    journal.pushed(update.getRemoteName(), stateOf(update));
                }
            }
            return updates;
        } catch (GitAPIException | RuntimeException e) {
            // JGit has no typed exception for this; the message is its own, so it matches in any locale.
            if (atomic && String.valueOf(e.getMessage()).contains(JGitText.get().atomicPushNotSupported)) {
                throw new AtomicUnsupported();
            }
            throw new ReleaseFailure(ReleaseStep.PUSH, "the push to '" + remote + "' failed: " + e.getMessage()
                    + "; the remote may or may not have " + specs.stream().map(RefSpec::getDestination)
                    .map(Repository::shortenRefName).collect(Collectors.joining(" and ")) + ".",
                    "see what it has with git ls-remote " + remote + ", then push what is missing by hand or"
                            + " roll back (which restores only the local repository).", e);
        }
    }

    private void judge(List<String> refs, Map<String, RemoteRefUpdate> updates) throws ReleaseFailure {
        List<String> done = refs.stream().filter(ref -> stateOf(updates.get(ref)) == PushState.DONE)
                .map(Repository::shortenRefName).toList();
        if (done.size() == refs.size()) {
            return;
        }
        String refused = refs.stream().filter(ref -> stateOf(updates.get(ref)) != PushState.DONE)
                .map(ref -> Repository.shortenRefName(ref) + " " + why(updates.get(ref)))
                .collect(Collectors.joining(", "));
        if (done.isEmpty()) {
            throw new ReleaseFailure(ReleaseStep.PUSH, "the remote '" + remote + "' took nothing: " + refused + ".",
                    "bring the branch up to date with the remote (git pull --rebase) and release again; a rollback"
                            + " restores the local repository.");
        }
        throw new ReleaseFailure(ReleaseStep.PUSH, "the push to '" + remote + "' is partial: " + String.join(", ",
                done) + " pushed, but " + refused + ".", "push the rest by hand (git push " + remote + " "
                + refs.stream().map(Repository::shortenRefName).collect(Collectors.joining(" "))
                + "); a rollback restores only the local repository.");
    }

    private static String why(RemoteRefUpdate update) {
        if (update == null) {
            return "not sent";
        }
        String status = switch (update.getStatus()) {
            case REJECTED_NONFASTFORWARD -> "rejected: the remote has commits this clone lacks";
            case REJECTED_REMOTE_CHANGED -> "rejected: the remote changed meanwhile";
            case NOT_ATTEMPTED -> "not sent";
            default -> "rejected";
        };
        return update.getMessage() == null ? status : status + " (" + update.getMessage() + ")";
    }

    private static PushState stateOf(RemoteRefUpdate update) {
        if (update == null) {
            return PushState.NOT_STARTED;
        }
        return switch (update.getStatus()) {
            case OK, UP_TO_DATE -> PushState.DONE;
            case AWAITING_REPORT -> PushState.UNKNOWN;
            default -> PushState.NOT_STARTED;
        };
    }

    /** The remote cannot take all refs or none; nothing was sent. */
    private static final class AtomicUnsupported extends Exception {
        private static final long serialVersionUID = 1L;
    }
}
