package dev.devflow.release;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts the repository back as the journal says it was before the release: tags the release
 * created deleted, HEAD and its branch on the starting commit, index and work tree reset, edited
 * files restored byte for byte, then the journal deleted. Safe to run again after it failed or
 * finished. It never touches the remote; it says what is there and how to remove it.
 */
public final class ReleaseRollback {

    private static final String REFLOG = "devflow release: rollback";
    private static final Set<RefUpdate.Result> MOVED = EnumSet.of(RefUpdate.Result.NEW, RefUpdate.Result.FORCED,
            RefUpdate.Result.FAST_FORWARD, RefUpdate.Result.NO_CHANGE);

    private final Repository repository;

    public ReleaseRollback(Repository repository) {
        this.repository = repository;
    }

    public RollbackReport rollback() throws ReleaseFailure {
        Optional<ReleaseJournal> found = ReleaseJournal.read(repository.getDirectory().toPath());
        if (found.isEmpty()) {
            return RollbackReport.nothingToDo();
        }
        ReleaseJournal journal = found.get();
        List<String> restored = new ArrayList<>();
        try {
            deleteTags(journal, restored);
            restoreHead(journal, restored);
            resetHard(journal.startCommit());
            restoreFiles(journal, restored);
        } catch (IOException | GitAPIException | RuntimeException e) {
            throw new ReleaseFailure(ReleaseStep.ROLLBACK, "the rollback stopped: " + e.getMessage(),
                    "correct the cause (a running git command, a locked file) and roll back again; the journal "
                            + journal.file() + " is kept for that.", e);
        }
        List<String> onRemote = remoteLeftovers(journal);
        journal.delete();
        return new RollbackReport(restored, onRemote);
    }

    /** Only tags the release made: the recorded tag object, or one on a commit of the release. */
    private void deleteTags(ReleaseJournal journal, List<String> restored) throws IOException, GitAPIException {
        for (Map.Entry<String, Optional<ObjectId>> tag : journal.tags().entrySet()) {
            Ref ref = repository.exactRef(Constants.R_TAGS + tag.getKey());
            if (ref != null && madeByRelease(ref, tag.getValue(), journal)) {
                try (Git git = new Git(repository)) {
                    git.tagDelete().setTags(tag.getKey()).call();
                }
                restored.add("tag " + tag.getKey() + " deleted.");
            }
        }
    }

    private boolean madeByRelease(Ref ref, Optional<ObjectId> recorded, ReleaseJournal journal) throws IOException {
        if (recorded.isPresent()) {
            return recorded.get().equals(ref.getObjectId());
        }
        ObjectId commit = repository.getRefDatabase().peel(ref).getPeeledObjectId();
        return journal.commits().contains(commit != null ? commit : ref.getObjectId());
    }

    private void restoreHead(ReleaseJournal journal, List<String> restored) throws IOException {
        ObjectId start = journal.startCommit();
        if (journal.startBranch().isPresent()) {
            String branch = journal.startBranch().get();
            Ref before = repository.exactRef(branch);
            check(repository.updateRef(Constants.HEAD).link(branch), "HEAD");
            RefUpdate update = repository.updateRef(branch);
            update.setNewObjectId(start);
            update.setForceUpdate(true);
            update.setRefLogMessage(REFLOG, false);
            check(update.update(), branch);
            restored.add("HEAD on " + Repository.shortenRefName(branch) + " at " + start.abbreviate(7).name()
                    + moved(before, start) + ".");
        } else {
            RefUpdate update = repository.updateRef(Constants.HEAD, true);
            update.setNewObjectId(start);
            update.setForceUpdate(true);
            update.setRefLogMessage(REFLOG, false);
            check(update.update(), Constants.HEAD);
            restored.add("HEAD detached at " + start.abbreviate(7).name() + ", as it was.");
        }
    }

    private static String moved(Ref before, ObjectId start) {
        ObjectId was = before == null ? null : before.getObjectId();
        return was == null || was.equals(start) ? "" : " (was " + was.abbreviate(7).name() + ")";
    }

    private static void check(RefUpdate.Result result, String ref) throws IOException {
        if (!MOVED.contains(result)) {
            throw new IOException(ref + " cannot be updated (" + result + ")");
        }
    }

    private void resetHard(ObjectId start) throws GitAPIException {
        try (Git git = new Git(repository)) {
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(start.name()).call();
        }
    }

    /** After the reset tracked files match the start; this also covers created and ignored ones. */
    private void restoreFiles(ReleaseJournal journal, List<String> restored) throws IOException {
        Path workTree = repository.getWorkTree().toPath();
        for (OriginalFile file : journal.files()) {
            Path target = workTree.resolve(file.path());
            Optional<byte[]> original = file.bytes();
            if (original.isEmpty()) {
                Files.deleteIfExists(target);
                restored.add(file.path() + " removed (the release created it).");
            } else {
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), original.get())) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, original.get());
                }
                restored.add(file.path() + " as before the release.");
            }
        }
    }

    private static List<String> remoteLeftovers(ReleaseJournal journal) {
        List<String> lines = new ArrayList<>();
        String remote = journal.remote() == null ? "origin" : journal.remote();
        journal.pushes().forEach((ref, state) -> {
            if (state != PushState.NOT_STARTED) {
                lines.add(leftover(ref, state, remote, journal.startCommit()));
            }
        });
        return lines;
    }

    private static String leftover(String ref, PushState state, String remote, ObjectId start) {
        String is = state == PushState.DONE ? "is" : "may be";
        String name = Repository.shortenRefName(ref);
        if (ref.startsWith(Constants.R_TAGS)) {
            return "not undone: tag " + name + " " + is + " on the remote '" + remote + "'; delete it there with"
                    + " git push --delete " + remote + " " + name;
        }
        return "not undone: branch " + name + " on the remote '" + remote + "' " + (state == PushState.DONE
                ? "has" : "may have") + " the release commits; if nobody has fetched them, git push"
                + " --force-with-lease=" + ref + " " + remote + " " + start.name() + ":" + ref
                + ", otherwise revert them with git revert";
    }
}
