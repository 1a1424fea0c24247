package dev.devflow.release;

import dev.devflow.release.remote.RemoteAccess;
import dev.devflow.release.remote.RemoteFailure;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.internal.JGitText;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Pushes the release branch and its tag together: atomically where the remote can (all or
 * nothing), else the branch first and the tag only after it. JGit does not throw for a rejected
 * ref, so every ref's status is read and written to the journal, and what the remote printed (a
 * hook's reasons) goes into the failure: JGit shows it nowhere else.
 */
public final class ReleasePush {

    private final Git git;
    private final ReleaseJournal journal;
    private final RemoteAccess access;
    private final String remote;

    /** To a local or HTTPS remote without credentials, or an SSH remote as the user's ssh reaches it. */
    public ReleasePush(Git git, ReleaseJournal journal, String remote) {
        this(git, journal, RemoteAccess.to(remote));
    }

    public ReleasePush(Git git, ReleaseJournal journal, RemoteAccess access) {
        this.git = git;
        this.journal = journal;
        this.access = access;
        this.remote = access.remote();
    }

    /** Pushes HEAD to {@code branch} on the remote, and the tag {@code tagName}. */
    public void push(String branch, String tagName) throws ReleaseFailure {
        RefSpec branchSpec = new RefSpec(Constants.HEAD + ":" + Constants.R_HEADS + branch);
        RefSpec tagSpec = new RefSpec(Constants.R_TAGS + tagName + ":" + Constants.R_TAGS + tagName);
        List<String> refs = List.of(branchSpec.getDestination(), tagSpec.getDestination());
        journal.willPush(refs);
        List<String> remoteOutput = new ArrayList<>(); // of every push, the fallback making two
        Map<String, RemoteRefUpdate> updates;
        try {
            updates = send(List.of(branchSpec, tagSpec), true, remoteOutput);
        } catch (AtomicUnsupported e) {
            updates = sendOneByOne(branchSpec, tagSpec, remoteOutput);
        }
        judge(refs, updates, remoteOutput);
    }

    /**
     * Without atomic push the tag waits for the branch: a tag must never name a commit the branch
     * lacks. The journal has a ref as maybe on the remote only while it is on its way, so a kill
     * mid-push leaves a rollback that names the branch, and not a tag that was never sent.
     */
    private Map<String, RemoteRefUpdate> sendOneByOne(RefSpec branchSpec, RefSpec tagSpec, List<String> remoteOutput)
            throws ReleaseFailure {
        journal.pushed(tagSpec.getDestination(), PushState.NOT_STARTED);
        Map<String, RemoteRefUpdate> updates = new LinkedHashMap<>();
        try {
            updates.putAll(send(List.of(branchSpec), false, remoteOutput));
            if (stateOf(updates.get(branchSpec.getDestination())) == PushState.DONE) {
                journal.pushed(tagSpec.getDestination(), PushState.UNKNOWN);
                updates.putAll(send(List.of(tagSpec), false, remoteOutput));
            }
        } catch (AtomicUnsupported impossible) {
            throw new IllegalStateException(impossible);
        }
        return updates;
    }

    private Map<String, RemoteRefUpdate> send(List<RefSpec> specs, boolean atomic, List<String> remoteOutput)
            throws ReleaseFailure, AtomicUnsupported {
        Map<String, RemoteRefUpdate> updates = new LinkedHashMap<>();
        try {
            Iterable<PushResult> results = access.call(git.push().setRemote(remote).setRefSpecs(specs)
                    .setAtomic(atomic).setReceivePack(receivePack()));
            for (PushResult result : results) {
                result.getMessages().lines().filter(line -> !line.isBlank()).forEach(remoteOutput::add);
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    updates.put(update.getRemoteName(), update);
                    journal.pushed(update.getRemoteName(), stateOf(update));
                }
            }
            return updates;
        } catch (RemoteFailure e) {
            // JGit has no typed exception for this; the message is its own, so it matches in any locale.
            if (atomic && e.getMessage().contains(JGitText.get().atomicPushNotSupported)) {
                throw new AtomicUnsupported();
            }
            throw e.refusedBeforeTransfer() ? notStarted(specs, e) : failed(specs, e);
        }
    }

    /** Refused at the door (a host key, a login): the remote is as it was, and the journal says so. */
    private ReleaseFailure notStarted(List<RefSpec> specs, RemoteFailure e) throws ReleaseFailure {
        for (RefSpec spec : specs) {
            journal.pushed(spec.getDestination(), PushState.NOT_STARTED);
        }
        return new ReleaseFailure(ReleaseStep.PUSH, "the push to '" + remote + "' did not start: " + e.getMessage()
                + " The remote has neither " + shortNames(specs, " nor ") + ".",
                e.fix().orElse("make the remote reachable") + " Then release again.", e);
    }

    private ReleaseFailure failed(List<RefSpec> specs, RemoteFailure e) {
        return new ReleaseFailure(ReleaseStep.PUSH, "the push to '" + remote + "' failed: " + e.getMessage()
                + "; the remote may or may not have " + shortNames(specs, " and ") + ".",
                "see what it has with git ls-remote " + remote + ", undo there what it took (a rollback"
                        + " restores only the local repository) and release again.", e);
    }

    private static String shortNames(List<RefSpec> specs, String separator) {
        return specs.stream().map(RefSpec::getDestination).map(Repository::shortenRefName)
                .collect(Collectors.joining(separator));
    }

    /** remote.NAME.receivepack, as git push honours it: JGit's push sends its default unless told. */
    private String receivePack() {
        String configured = git.getRepository().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, remote,
                "receivepack");
        return configured == null ? RemoteConfig.DEFAULT_RECEIVE_PACK : configured;
    }

    private void judge(List<String> refs, Map<String, RemoteRefUpdate> updates, List<String> remoteOutput)
            throws ReleaseFailure {
        List<String> done = refs.stream().filter(ref -> stateOf(updates.get(ref)) == PushState.DONE)
                .map(Repository::shortenRefName).toList();
        if (done.size() == refs.size()) {
            return;
        }
        String refused = refs.stream().filter(ref -> stateOf(updates.get(ref)) != PushState.DONE)
                .map(ref -> Repository.shortenRefName(ref) + " " + why(updates.get(ref)))
                .collect(Collectors.joining(", "));
        // git prints the remote's lines the same way
        String remoteSaid = remoteOutput.stream().map(line -> "\nremote: " + line).collect(Collectors.joining());
        if (done.isEmpty()) {
            throw new ReleaseFailure(ReleaseStep.PUSH, "the remote '" + remote + "' took nothing: " + refused + "."
                    + remoteSaid, tookNothingFix(updates));
        }
        throw new ReleaseFailure(ReleaseStep.PUSH, "the push to '" + remote + "' is partial: " + String.join(", ",
                done) + " pushed, but " + refused + "." + remoteSaid, partialFix(done));
    }

    /** Pulling cures only a branch behind the remote; a hook or a protected ref has its own reasons. */
    private static String tookNothingFix(Map<String, RemoteRefUpdate> updates) {
        boolean behind = updates.values().stream()
                .anyMatch(update -> update.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD);
        return (behind ? "bring the branch up to date with the remote (git pull --rebase)"
                : "correct what the remote refused") + " and release again; a rollback restores the local repository.";
    }

    /**
     * The release's commits and tag are gone locally by the time the user reads this (the workflow
     * rolls back), so the push cannot be finished by hand: what the remote took is undone there.
     */
    private String partialFix(List<String> done) {
        return "correct what the remote refused, undo " + String.join(" and ", done) + " on '" + remote
                + "' (a rollback restores only the local repository) and release again.";
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
