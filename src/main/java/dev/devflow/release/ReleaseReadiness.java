package dev.devflow.release;

import dev.devflow.release.signing.ReleaseSigning;
import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import dev.devflow.git.NotARepository;
import dev.devflow.release.remote.RemoteAccess;
import dev.devflow.release.remote.RemoteFailure;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.RevWalkUtils;
import org.eclipse.jgit.revwalk.filter.RevFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything checked before the release changes anything. All problems are collected and
 * returned together, so the user fixes them in one round instead of one failed release each.
 */
public final class ReleaseReadiness {

    private static final int PATHS_SHOWN = 5;

    private final ReleaseGitSettings settings;

    public ReleaseReadiness(ReleaseGitSettings settings) {
        this.settings = settings;
    }

    /** The problems found in the repository holding {@code directory}; empty when ready. */
    public List<ReadinessProblem> check(Path directory) {
        List<ReadinessProblem> problems = new ArrayList<>();
        try (GitRepository repository = GitRepository.open(directory); Git git = new Git(repository.jgit())) {
            new Inspection(git, problems).run();
        } catch (NotARepository e) {
            return List.of(new ReadinessProblem(e.getMessage(), "run the release from a git clone of the project."));
        } catch (GitProblem e) {
            problems.add(new ReadinessProblem(e.problem(),
                    e.fix() == null ? "check that it is a working git clone (git status)." : e.fix()));
        } catch (IOException | GitAPIException e) {
            problems.add(new ReadinessProblem("the git repository holding " + directory + " cannot be read: "
                    + e.getMessage(), "check that it is a working git clone (git status)."));
        }
        return List.copyOf(problems);
    }

    /** Throws one failure listing every problem, so the build stops before anything changes. */
    public void require(Path directory) throws ReleaseFailure {
        List<ReadinessProblem> problems = check(directory);
        if (problems.size() == 1) {
            throw new ReleaseFailure(ReleaseStep.READINESS, problems.get(0).message(), problems.get(0).fix());
        }
        if (!problems.isEmpty()) {
            String list = problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
            throw new ReleaseFailure(ReleaseStep.READINESS, problems.size()
                    + " problems keep the repository from being released:" + list, "");
        }
    }

    /** One look at one repository; holds what the checks share. */
    private final class Inspection {

        private final Git git;
        private final Repository repository;
        private final List<ReadinessProblem> problems;
        private final RemoteAccess remoteAccess;
        private boolean remoteReachable = true;
        private boolean detached;

        Inspection(Git git, List<ReadinessProblem> problems) {
            this.git = git;
            this.repository = git.getRepository();
            this.problems = problems;
            this.remoteAccess = settings.remoteAccess();
        }

        void run() throws IOException, GitAPIException {
            checkJournal();
            checkIndexLock();
            checkState();
            checkShallow();
            checkWorkTree();
            checkIdentity();
            ReleaseSigning.problem(repository).ifPresent(problems::add);
            checkTagName();
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                problem("the repository has no commit yet.", "commit the project before releasing it.");
                return;
            }
            String branch = checkBranch(head);
            checkRemote();
            if (branch != null) {
                checkUpstream(head, branch);
            }
        }

        private void checkJournal() {
            Path journal = ReleaseJournal.fileIn(repository.getDirectory().toPath());
            if (Files.exists(journal)) {
                problem("an earlier release did not finish: its journal " + journal + " is still there.",
                        "restore what it changed with mvn devflow:release -Ddevflow.release.rollback.");
            }
        }

        private void checkIndexLock() {
            Path lock = repository.getDirectory().toPath().resolve("index.lock");
            if (Files.exists(lock)) {
                problem("git's index is locked by " + lock + ": another git command is running, or one crashed"
                        + " and left the lock behind.", "wait for the other git command; if none is running,"
                        + " delete " + lock + ".");
            }
        }

        private void checkState() {
            RepositoryState state = repository.getRepositoryState();
            if (state != RepositoryState.SAFE) {
                problem("the repository is in the middle of an operation (" + state.getDescription() + ").",
                        finishing(state));
            }
        }

        private void checkShallow() throws IOException {
            if (GitRepository.isShallow(repository)) {
                problem("this is a shallow clone: the history the release compares against is missing.",
                        "fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0).");
            }
        }

        private void checkWorkTree() throws GitAPIException {
            Status status = git.status().call();
            Set<String> uncommitted = new TreeSet<>(status.getUncommittedChanges());
            if (!uncommitted.isEmpty()) {
                problem("there are uncommitted changes: " + shown(uncommitted) + ".",
                        "commit them, or put them aside with git stash.");
            }
            if (!status.getUntracked().isEmpty()) {
                problem("there are untracked files: " + shown(new TreeSet<>(status.getUntracked())) + ".",
                        "commit them, delete them, or add them to .gitignore.");
            }
        }

        /** JGit invents user@host when nothing is configured; a release must not carry that name. */
        private void checkIdentity() {
            UserConfig user = repository.getConfig().get(UserConfig.KEY);
            if (user.isCommitterNameImplicit() || user.isAuthorNameImplicit()) {
                problem("git has no user.name configured for the release commit and tag.",
                        "git config user.name \"Your Name\" (or git config --global user.name ...).");
            }
            if (user.isCommitterEmailImplicit() || user.isAuthorEmailImplicit()) {
                problem("git has no user.email configured for the release commit and tag.",
                        "git config user.email you@example.com (or git config --global user.email ...).");
            }
        }

        private void checkTagName() throws IOException {
            if (settings.tagName().isEmpty()) {
                return; // the version could not be chosen; that problem is reported on its own
            }
            String ref = Constants.R_TAGS + settings.tagName();
            if (!Repository.isValidRefName(ref)) {
                problem("'" + settings.tagName() + "' is not a valid git tag name.", "correct the version.");
            } else if (repository.exactRef(ref) != null) {
                problem("the tag " + settings.tagName() + " already exists in this repository.",
                        "release another version, or delete the tag if it is a mistake (git tag -d "
                                + settings.tagName() + ").");
            }
        }

        /** The branch the release goes onto, or null when HEAD is not acceptable. */
        private String checkBranch(ObjectId head) throws IOException {
            String full = repository.getFullBranch();
            if (full.startsWith(Constants.R_HEADS)) {
                String branch = Repository.shortenRefName(full);
                requireReleaseBranch(branch, "on branch " + branch);
                return branch;
            }
            if (settings.expectedBranch().isEmpty()) {
                problem("HEAD is detached at " + head.abbreviate(7).name() + "; releases are made from branch "
                        + settings.releaseBranch() + ".", "git switch " + settings.releaseBranch()
                        + ", or in CI set devflow.release.branch to the branch this checkout is.");
                return null;
            }
            detached = true;
            return checkDetached(head, settings.expectedBranch().get());
        }

        /** CI checkouts detach HEAD; accept that only where HEAD is exactly the branch named. */
        private String checkDetached(ObjectId head, String expected) throws IOException {
            List<ObjectId> tips = new ArrayList<>();
            for (String ref : List.of(Constants.R_HEADS + expected, remoteRef(expected))) {
                Ref found = repository.exactRef(ref);
                if (found != null) {
                    tips.add(found.getObjectId());
                }
            }
            if (!tips.contains(head)) {
                problem("HEAD is detached at " + head.abbreviate(7).name() + ", which is not the tip of branch "
                        + expected + (tips.isEmpty() ? " (no such branch here)." : "."),
                        "check out the tip of " + expected + ", or correct devflow.release.branch.");
                return null;
            }
            requireReleaseBranch(expected, "HEAD is branch " + expected + " (detached)");
            return expected;
        }

        private void requireReleaseBranch(String branch, String where) {
            if (!branch.equals(settings.releaseBranch())) {
                problem(where + ", but releases are made from branch " + settings.releaseBranch() + ".",
                        "git switch " + settings.releaseBranch() + ", or configure the release branch.");
            }
        }

        private void checkRemote() throws GitAPIException {
            if (!settings.push() && !settings.fetch()) {
                return;
            }
            if (repository.getConfig().getString("remote", settings.remote(), "url") == null) {
                problem("the remote '" + settings.remote() + "' is not configured, but the release "
                        + (settings.push() ? "pushes" : "fetches") + " there.", "git remote add "
                        + settings.remote() + " <url>, or name the right remote, or turn pushing and fetching off.");
                remoteReachable = false;
                return;
            }
            if (settings.fetch()) {
                fetch();
            }
            if (settings.push() && remoteReachable) {
                checkRemoteTag();
            }
        }

        private void fetch() {
            try {
                remoteAccess.call(git.fetch().setRemote(settings.remote()));
            } catch (RemoteFailure e) {
                unreachable(e);
            }
        }

        private void checkRemoteTag() {
            if (settings.tagName().isEmpty()) {
                return;
            }
            try {
                Collection<Ref> tags = remoteAccess.call(git.lsRemote().setRemote(settings.remote()).setTags(true));
                String wanted = Constants.R_TAGS + settings.tagName();
                if (tags.stream().anyMatch(tag -> tag.getName().equals(wanted))) {
                    problem("the tag " + settings.tagName() + " already exists on the remote '" + settings.remote()
                            + "'.", "release another version, or delete the remote tag if it is a mistake"
                            + " (git push --delete " + settings.remote() + " " + settings.tagName() + ").");
                }
            } catch (RemoteFailure e) {
                unreachable(e);
            }
        }

        private void unreachable(RemoteFailure e) {
            remoteReachable = false;
            problem("the remote '" + settings.remote() + "' cannot be reached: " + e.getMessage(),
                    e.fix().orElse("check the network and your credentials (git ls-remote " + settings.remote()
                            + "), or turn pushing and fetching off."));
        }

        private void checkUpstream(ObjectId head, String branch) throws IOException {
            ObjectId upstream = upstreamOf(branch);
            if (upstream == null) {
                return;
            }
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit local = walk.parseCommit(head);
                RevCommit remote = walk.parseCommit(upstream);
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(local);
                walk.markStart(remote);
                RevCommit base = walk.next();
                walk.reset();
                walk.setRevFilter(RevFilter.ALL);
                int ahead = RevWalkUtils.count(walk, local, base);
                int behind = RevWalkUtils.count(walk, remote, base);
                if (behind > 0) {
                    problem("branch " + branch + " is " + behind + " commit(s) behind its upstream"
                            + (ahead > 0 ? " and " + ahead + " ahead (the histories diverged)." : "."),
                            ahead > 0 ? "integrate the upstream commits (git pull --rebase), then release."
                                    : "bring it up to date (git pull --ff-only), then release.");
                }
            }
        }

        /** The remote-tracking commit of branch.b.merge; for a detached CI checkout, remote/b. */
        private ObjectId upstreamOf(String branch) throws IOException {
            String tracking = new BranchConfig(repository.getConfig(), branch).getRemoteTrackingBranch();
            if (tracking == null && detached) {
                tracking = remoteRef(branch);
            }
            Ref ref = tracking == null ? null : repository.exactRef(tracking);
            return ref == null ? null : ref.getObjectId();
        }

        private String remoteRef(String branch) {
            return Constants.R_REMOTES + settings.remote() + "/" + branch;
        }

        private void problem(String message, String fix) {
            problems.add(new ReadinessProblem(message, fix));
        }
    }

    private static String finishing(RepositoryState state) {
        String name = state.name();
        if (name.startsWith("MERGING")) {
            return "finish the merge (git commit) or abort it (git merge --abort).";
        } else if (name.startsWith("CHERRY_PICKING")) {
            return "finish the cherry-pick (git cherry-pick --continue) or abort it (git cherry-pick --abort).";
        } else if (name.startsWith("REVERTING")) {
            return "finish the revert (git revert --continue) or abort it (git revert --abort).";
        } else if (name.startsWith("REBASING")) {
            return "finish the rebase (git rebase --continue) or abort it (git rebase --abort).";
        } else if (state == RepositoryState.APPLY) {
            return "finish applying patches (git am --continue) or abort (git am --abort).";
        } else if (state == RepositoryState.BISECTING) {
            return "end the bisect (git bisect reset).";
        }
        return "finish or abort it.";
    }

    private static String shown(Set<String> paths) {
        String first = paths.stream().limit(PATHS_SHOWN).collect(Collectors.joining(", "));
        return paths.size() > PATHS_SHOWN ? first + " and " + (paths.size() - PATHS_SHOWN) + " more" : first;
    }
}
