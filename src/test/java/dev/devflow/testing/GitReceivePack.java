package dev.devflow.testing;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Lets a bare repository answer JGit's pushes as a git server does: through C git's receive-pack,
 * which runs the repository's receive hooks and offers atomic push only while
 * receive.advertiseAtomic allows it. A file remote otherwise gets JGit's in-process receive-pack,
 * which runs no hooks and always offers atomic push; JGit forks a program instead only when the
 * push's receive-pack is not git's default, and ReleasePush takes it from remote.NAME.receivepack.
 */
public final class GitReceivePack {

    /**
     * Not plain "git receive-pack", which JGit takes for its default and serves in-process; env also
     * keeps the machine's git configuration out of the server, as IsolatedGitConfig does for JGit.
     */
    static final String COMMAND = "env GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null git receive-pack";

    private GitReceivePack() {
    }

    /** Hooks are shell scripts with the executable bit, and the server is the git on PATH. */
    public static boolean available() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        try {
            Process git = new ProcessBuilder("git", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Pushes from {@code clone} to {@code remote} go to C git's receive-pack from now on. */
    public static void serve(Repository clone, String remote) throws Exception {
        StoredConfig config = clone.getConfig();
        config.setString("remote", remote, "receivepack", COMMAND);
        config.save();
    }

    /** The server no longer offers atomic push, as older or simpler servers do. */
    public static void withoutAtomicPush(Path bare) throws Exception {
        FileBasedConfig config = new FileBasedConfig(bare.resolve("config").toFile(), FS.DETECTED);
        config.load();
        config.setBoolean("receive", null, "advertiseAtomic", false);
        config.save();
    }

    /** Installs {@code hooks/name} in the bare repository as a shell script with {@code body}. */
    public static void hook(Path bare, String name, String body) throws Exception {
        Path hook = Files.createDirectories(bare.resolve("hooks")).resolve(name);
        Files.writeString(hook, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
