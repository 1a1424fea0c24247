package dev.devflow.release;

import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonWriter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a release has changed so far, written inside the git directory before each change, so a
 * failed or killed release can be put back by {@link ReleaseRollback}. Created exclusively, it is
 * also the lock that keeps a second release out of the same repository.
 */
public final class ReleaseJournal {

    public static final String FILE_NAME = "devflow-release.json";
    private static final String ROLLBACK = "mvn devflow:release -Ddevflow.release.rollback";
    private static final int FORMAT = 1;

    private final Path file;
    private final String remote;
    private final String startBranch;
    private final ObjectId startCommit;
    private ReleaseStep step;
    private final List<OriginalFile> files;
    private final Map<String, String> tags;
    private final List<ObjectId> commits;
    private final Map<String, PushState> pushes;

    private ReleaseJournal(Path file, String remote, String startBranch, ObjectId startCommit, ReleaseStep step) {
        this.file = file;
        this.remote = remote;
        this.startBranch = startBranch;
        this.startCommit = startCommit;
        this.step = step;
        this.files = new ArrayList<>();
        this.tags = new LinkedHashMap<>();
        this.commits = new ArrayList<>();
        this.pushes = new LinkedHashMap<>();
    }

    public static Path fileIn(Path gitDir) {
        return gitDir.resolve(FILE_NAME);
    }

    /** Starts the journal of a release; fails when another release holds the repository. */
    public static ReleaseJournal begin(Repository repository, String remote) throws ReleaseFailure {
        Path file = fileIn(repository.getDirectory().toPath());
        ReleaseJournal journal = startingPoint(repository, file, remote);
        try {
            Files.write(file, journal.json(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ReleaseFailure(ReleaseStep.READINESS, "another release is running in this repository, or an"
                    + " earlier one did not finish: " + file + " exists.", "wait for the other release; if none"
                    + " is running, restore what the earlier one changed with " + ROLLBACK + ".", e);
        } catch (IOException e) {
            throw unwritable(ReleaseStep.READINESS, file, e);
        }
        return journal;
    }

    private static ReleaseJournal startingPoint(Repository repository, Path file, String remote)
            throws ReleaseFailure {
        try {
            Ref head = repository.exactRef(Constants.HEAD);
            ObjectId commit = head == null ? null : head.getObjectId();
            if (commit == null) {
                throw new ReleaseFailure(ReleaseStep.READINESS, "the repository has no commit yet.",
                        "commit the project before releasing it.");
            }
            String branch = head.isSymbolic() ? head.getTarget().getName() : null;
            return new ReleaseJournal(file, remote, branch, commit.copy(), ReleaseStep.READINESS);
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.READINESS, "HEAD cannot be read: " + e.getMessage(),
                    "check the repository with git status.", e);
        }
    }

    /** The journal an unfinished release left behind, if any. */
    public static Optional<ReleaseJournal> read(Path gitDir) throws ReleaseFailure {
        Path file = fileIn(gitDir);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw corrupt(file, e.getMessage(), e);
        }
        try {
            return Optional.of(fromJson(file, JsonParser.parse(text).root()));
        } catch (IllegalArgumentException e) { // malformed JSON, or JSON that is no journal
            throw corrupt(file, e.getMessage(), e);
        }
    }

    /** Records the step about to run. */
    public void step(ReleaseStep next) throws ReleaseFailure {
        step = next;
        save();
    }

    /**
     * Keeps the bytes of files the release is about to edit or create; a path already kept keeps
     * its first bytes, which are the ones from before the release.
     */
    public void willEdit(Path workTree, Collection<String> paths) throws ReleaseFailure {
        for (String path : paths) {
            if (files.stream().noneMatch(kept -> kept.path().equals(path))) {
                files.add(new OriginalFile(path, originalBytes(workTree, path)));
            }
        }
        step = ReleaseStep.EDIT;
        save();
    }

    private byte[] originalBytes(Path workTree, String path) throws ReleaseFailure {
        Path target = workTree.resolve(path).normalize();
        if (!target.startsWith(workTree.normalize())) {
            throw new ReleaseFailure(ReleaseStep.EDIT, path + " is outside the work tree " + workTree + ".",
                    "edit only files of the project.");
        }
        try {
            return Files.exists(target) ? Files.readAllBytes(target) : null;
        } catch (IOException e) {
            throw new ReleaseFailure(ReleaseStep.EDIT, target + " cannot be read: " + e.getMessage(),
                    "check its permissions.", e);
        }
    }

    /** Records a commit the release made: the tags on it are the release's to delete. */
    public void committed(ObjectId commit) throws ReleaseFailure {
        commits.add(commit.copy());
        save();
    }

    /** Records a tag before it is created: a crash right after still gets it deleted. */
    public void willTag(String name) throws ReleaseFailure {
        tags.putIfAbsent(name, null);
        save();
    }

    /** Records the tag object created, so rollback deletes that tag and never someone else's. */
    public void tagged(String name, ObjectId tag) throws ReleaseFailure {
        tags.put(name, tag.name());
        save();
    }

    /** Marks refs as sent before the push starts: if the answer never comes, the remote may have them. */
    public void willPush(Collection<String> refs) throws ReleaseFailure {
        refs.forEach(ref -> pushes.put(ref, PushState.UNKNOWN));
        step = ReleaseStep.PUSH;
        save();
    }

    public void pushed(String ref, PushState state) throws ReleaseFailure {
        pushes.put(ref, state);
        save();
    }

    /** The release finished, or was put back: the repository is free for the next one. */
    public void delete() throws ReleaseFailure {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new ReleaseFailure(step, file + " cannot be deleted: " + e.getMessage(), "delete it by hand.", e);
        }
    }

    public Path file() {
        return file;
    }

    public String remote() {
        return remote;
    }

    /** The full name of the branch HEAD was on, empty when HEAD was detached. */
    public Optional<String> startBranch() {
        return Optional.ofNullable(startBranch);
    }

    public ObjectId startCommit() {
        return startCommit;
    }

    public ReleaseStep currentStep() {
        return step;
    }

    public List<OriginalFile> files() {
        return List.copyOf(files);
    }

    /** Tag names, each with the tag object id once created (empty before). */
    public Map<String, Optional<ObjectId>> tags() {
        Map<String, Optional<ObjectId>> copy = new LinkedHashMap<>();
        tags.forEach((name, id) -> copy.put(name, Optional.ofNullable(id).map(ObjectId::fromString)));
        return copy;
    }

    public List<ObjectId> commits() {
        return List.copyOf(commits);
    }

    /** Pushed refs in the order they were recorded. */
    public Map<String, PushState> pushes() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(pushes));
    }

    /** Temp file and atomic move: a crash mid-write leaves the previous journal, never half of one. */
    private void save() throws ReleaseFailure {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            Files.write(temp, json(), StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw unwritable(step, file, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // The write already failed; that is the failure worth reporting.
        }
    }

    private byte[] json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("step", step.label());
        root.put("remote", remote);
        root.put("startBranch", startBranch);
        root.put("startCommit", startCommit.name());
        List<Object> edited = new ArrayList<>();
        for (OriginalFile original : files) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", original.path());
            entry.put("original", original.bytes().map(Base64.getEncoder()::encodeToString).orElse(null));
            edited.add(entry);
        }
        root.put("files", edited);
        root.put("tags", new LinkedHashMap<>(tags));
        root.put("commits", commits.stream().map(ObjectId::name).toList());
        Map<String, Object> pushed = new LinkedHashMap<>();
        pushes.forEach((ref, state) -> pushed.put(ref, state.name().toLowerCase(Locale.ROOT)));
        root.put("push", pushed);
        return JsonWriter.write(root).getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static ReleaseJournal fromJson(Path file, Object parsed) {
        Map<String, Object> root = object(parsed, "the journal");
        if (!Long.valueOf(FORMAT).equals(root.get("format"))) {
            throw new IllegalArgumentException("unknown format " + root.get("format"));
        }
        ReleaseJournal journal = new ReleaseJournal(file, optionalString(root, "remote"),
                optionalString(root, "startBranch"), ObjectId.fromString(required(root, "startCommit")),
                stepNamed(required(root, "step")));
        for (Object item : list(root, "files")) {
            Map<String, Object> entry = object(item, "an entry of 'files'");
            String original = optionalString(entry, "original");
            journal.files.add(new OriginalFile(required(entry, "path"),
                    original == null ? null : Base64.getDecoder().decode(original)));
        }
        object(root.get("tags"), "'tags'").forEach((name, id) -> journal.tags.put(name,
                id == null ? null : text(id, "tag " + name))); // null: the tag did not exist before
        for (Object commit : list(root, "commits")) {
            journal.commits.add(ObjectId.fromString(text(commit, "an entry of 'commits'")));
        }
        object(root.get("push"), "'push'").forEach((ref, state) -> journal.pushes.put(ref,
                PushState.valueOf(text(state, "the push state of " + ref).toUpperCase(Locale.ROOT))));
        return journal;
    }

    // Typed reads: a journal edited by hand or cut short fails naming what is wrong, never with
    // a NullPointerException or a ClassCastException.

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> map, String key) {
        if (!(map.get(key) instanceof List<?> list)) {
            throw new IllegalArgumentException("'" + key + "' is not a list");
        }
        return (List<Object>) list;
    }

    private static String text(Object value, String what) {
        if (!(value instanceof String string)) {
            throw new IllegalArgumentException(what + " is not a string");
        }
        return string;
    }

    private static String optionalString(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : text(value, "'" + key + "'");
    }

    private static String required(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return text;
    }

    private static ReleaseStep stepNamed(String label) {
        for (ReleaseStep candidate : ReleaseStep.values()) {
            if (candidate.label().equals(label)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown step '" + label + "'");
    }

    private static ReleaseFailure unwritable(ReleaseStep step, Path file, IOException e) {
        return new ReleaseFailure(step, "the release journal " + file + " cannot be written: "
                + e.getMessage(), "check that the git directory is writable and the disk is not full.", e);
    }

    private static ReleaseFailure corrupt(Path file, String why, Exception e) {
        return new ReleaseFailure(ReleaseStep.ROLLBACK, "the release journal " + file + " is damaged (" + why
                + "), so what the release changed is unknown.", "restore by hand: git reflog shows where the branch"
                + " was before the release, git tag -d deletes its tag; then delete " + file + ".", e);
    }
}
