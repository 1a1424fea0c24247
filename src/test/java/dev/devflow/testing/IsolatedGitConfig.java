package dev.devflow.testing;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

import java.nio.file.Path;

/**
 * Keeps JGit away from the machine's git configuration (~/.gitconfig, /etc/gitconfig, GIT_*
 * variables) while a test runs, so identity and signing are what the test says. The user
 * configuration is a file in the test's folder, with an identity unless the test removes it.
 * GNUPGHOME, which the release gives the gpg program it signs with, is the test JVM's
 * {@link GnupgHome} instead of the user's keys.
 * JGit's SystemReader is global: close this in the test that installed it.
 */
public final class IsolatedGitConfig implements AutoCloseable {

    private final SystemReader previous;
    private final FileBasedConfig user;

    private IsolatedGitConfig(SystemReader previous, FileBasedConfig user) {
        this.previous = previous;
        this.user = user;
    }

    public static IsolatedGitConfig install(Path folder) throws Exception {
        SystemReader previous = SystemReader.getInstance();
        String gnupgHome = GnupgHome.directory().toString();
        Path userFile = folder.resolve("user.gitconfig");
        FileBasedConfig user = new FileBasedConfig(userFile.toFile(), FS.DETECTED);
        user.setString("user", null, "name", "Release Tester");
        user.setString("user", null, "email", "release@example.com");
        user.save();
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public String getenv(String variable) {
                if (variable.equals("GNUPGHOME")) {
                    return gnupgHome;
                }
                return variable.startsWith("GIT_") ? null : super.getenv(variable);
            }

            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, userFile.toFile(), fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, folder.resolve("no-system.gitconfig").toFile(), fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new FileBasedConfig(parent, folder.resolve("no-jgit.gitconfig").toFile(), fs);
            }
        });
        return new IsolatedGitConfig(previous, user);
    }

    /** Sets a value in the user (global) configuration. */
    public IsolatedGitConfig set(String section, String name, String value) throws Exception {
        user.setString(section, null, name, value);
        user.save();
        return this;
    }

    public IsolatedGitConfig withoutIdentity() throws Exception {
        user.unsetSection("user", null);
        user.save();
        return this;
    }

    @Override
    public void close() {
        SystemReader.setInstance(previous);
    }
}
