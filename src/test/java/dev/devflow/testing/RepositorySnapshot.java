package dev.devflow.testing;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything a rollback must put back, compared as a value: every ref with its id, where HEAD
 * points, the index entries, each work-tree file's bytes (as hex, so a difference shows) and whether status is clean.
 */
public record RepositorySnapshot(Map<String, String> refs, String head, Map<String, String> index, Map<String, String> files,
        boolean clean) {

    public static RepositorySnapshot of(Git git) throws Exception {
        Repository repository = git.getRepository();
        Map<String, String> refs = new TreeMap<>();
        for (Ref ref : repository.getRefDatabase().getRefs()) {
            refs.put(ref.getName(), ref.getObjectId() == null ? "?" : ref.getObjectId().name());
        }
        Ref head = repository.exactRef(Constants.HEAD);
        String target = head.isSymbolic() ? head.getTarget().getName() : head.getObjectId().name();
        Map<String, String> index = new TreeMap<>();
        DirCache cache = repository.readDirCache();
        for (int i = 0; i < cache.getEntryCount(); i++) {
            index.put(cache.getEntry(i).getPathString(), cache.getEntry(i).getObjectId().name());
        }
        return new RepositorySnapshot(refs, target, index, files(repository.getWorkTree().toPath()),
                git.status().call().isClean());
    }

    private static Map<String, String> files(Path workTree) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(workTree)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = workTree.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith(".git/")) {
                    files.put(relative, HexFormat.of().formatHex(Files.readAllBytes(path)));
                }
            }
        }
        return files;
    }
}
