package dev.devflow.release;

import dev.devflow.release.signing.GpgSigningException;
import dev.devflow.release.signing.ReleaseSigning;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.AbortedByHookException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefAlreadyExistsException;
import org.eclipse.jgit.lib.CommitConfig;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Records the release in git: the release commit, its annotated tag, the commit that starts the
 * next development version. Each change is written to the journal first, so a failure at any
 * point can be put back. Commits run the repository's pre-commit and commit-msg hooks unless
 * {@code noVerify}, like {@code git commit} does. The commits and the tag are signed where git's
 * configuration asks for it, through the gpg program as git signs; {@link ReleaseSigning} has
 * checked with a trial signature that it can.
 */
public final class ReleaseRecorder {

    private final Git git;
    private final ReleaseJournal journal;
    private final boolean noVerify;

    public ReleaseRecorder(Git git, ReleaseJournal journal, boolean noVerify) {
        this.git = git;
        this.journal = journal;
        this.noVerify = noVerify;
    }

    /** Fails when git asks for signing that cannot be done; call it before the first file is edited. */
    public void requireSigning() throws ReleaseFailure {
        Optional<ReadinessProblem> problem = ReleaseSigning.problem(git.getRepository());
        if (problem.isPresent()) {
            throw new ReleaseFailure(ReleaseStep.RECORD, problem.get().message(), problem.get().fix());
        }
    }

    /** Stages {@code paths} (relative to the work tree) and commits them with {@code message}. */
    public RevCommit commit(String message, List<String> paths) throws ReleaseFailure {
        requireSigning();
        journal.step(ReleaseStep.RECORD);
        stage(paths);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream hookOut = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream hookErr = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            RevCommit commit = git.commit().setMessage(message).setNoVerify(noVerify)
                    // As git commit -m does: keep '#' lines, trim blank space only.
                    .setCleanupMode(CommitConfig.CleanupMode.WHITESPACE)
                    .setSigner(ReleaseSigning.commitSigner())
                    .setHookOutputStream(hookOut).setHookErrorStream(hookErr).call();
            journal.committed(commit);
            return commit;
        } catch (AbortedByHookException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the " + e.getHookName() + " hook rejected the commit '"
                    + message + "' (exit code " + e.getReturnCode() + "): " + hookOutput(out, err),
                    "make the hook pass, or skip the pre-commit and commit-msg hooks with"
                            + " -Ddevflow.release.noVerify=true.", e);
        } catch (GitAPIException | RuntimeException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the commit '" + message + "' failed: " + reason(e),
                    "check the repository with git status; git commit shows the same problem.", e);
        }
    }

    /**
     * JGit wraps a signer's failure in "Exception caught during execution of ... command"; gpg's
     * refusal underneath says what went wrong (the trial passed, but the agent may have dropped
     * the passphrase since).
     */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof GpgSigningException refused) {
                return refused.getMessage();
            }
        }
        return e.getMessage();
    }

    /** Output first, then errors: kept apart because the hook's two streams are read concurrently. */
    private static String hookOutput(ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return Stream.of(out, err).map(stream -> stream.toString(StandardCharsets.UTF_8).strip())
                .filter(text -> !text.isEmpty()).collect(Collectors.joining("\n"));
    }

    private void stage(List<String> paths) throws ReleaseFailure {
        try {
            for (String path : paths) {
                git.add().addFilepattern(path).call();
            }
        } catch (GitAPIException | RuntimeException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the release files cannot be staged: " + e.getMessage(),
                    "check the repository with git status.", e);
        }
    }

    /**
     * Creates the annotated tag {@code name} on {@code target}; the message is stored as given (a
     * signed tag's message gets a final newline, as with git). Annotated is JGit's default and is
     * left implicit, as {@code git tag -m} leaves it: an explicit {@code -a} would keep
     * {@code tag.forceSignAnnotated} from signing the tag.
     */
    public Ref tag(String name, String message, RevCommit target) throws ReleaseFailure {
        requireSigning();
        journal.willTag(name);
        try {
            Ref tag = git.tag().setName(name).setMessage(message).setObjectId(target)
                    .setSigner(ReleaseSigning.tagSigner(git.getRepository())).call();
            journal.tagged(name, tag.getObjectId());
            return tag;
        } catch (RefAlreadyExistsException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the tag " + name + " already exists.",
                    "release another version, or delete the tag if it is a mistake (git tag -d " + name + ").", e);
        } catch (GitAPIException | RuntimeException e) {
            throw new ReleaseFailure(ReleaseStep.RECORD, "the tag " + name + " cannot be created: " + reason(e),
                    "check the repository with git tag -l.", e);
        }
    }
}
