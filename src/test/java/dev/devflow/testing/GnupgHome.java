package dev.devflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A GnuPG home holding the keys of one test, never the user's ~/.gnupg.
 * <p>
 * The release runs gpg with the GNUPGHOME that JGit's SystemReader gives; {@link IsolatedGitConfig},
 * which every test that configures signing installs first, answers this home. One home serves the
 * test JVM, each test filling it and emptying it when done, so that the answer is fixed before a
 * test opens it. It lies directly in the temporary folder: gpg-agent's socket is made in it, and a
 * socket's path must stay short (about 100 bytes).
 */
public final class GnupgHome implements AutoCloseable {

    private static final int AGENT_EXIT_POLLS = 50;
    private static final long AGENT_EXIT_POLL_MILLIS = 100;

    private static Path shared;

    private final Path directory;

    private GnupgHome(Path directory) {
        this.directory = directory;
    }

    /** The JVM's one GnuPG home; created on first use, 0700 as GnuPG wants it, removed when the JVM exits. */
    static synchronized Path directory() {
        if (shared == null) {
            try {
                shared = Files.createTempDirectory("devflow-gnupg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shared.toFile().deleteOnExit(); // empty by then: each test empties it
        }
        return shared;
    }

    /** Skips the test where GnuPG is not installed. */
    public static void assumeGpg() {
        assumeTrue(CommandLine.available("gpg"), "signing tests need GnuPG (gpg) on the PATH");
    }

    /** The JVM's GnuPG home, emptied for a test. */
    public static GnupgHome open() throws IOException {
        GnupgHome home = new GnupgHome(directory());
        home.empty();
        return home;
    }

    /**
     * Creates a signing key of {@code algorithm} (gpg's names: rsa2048, ed25519) for {@code userId},
     * protected by {@code passphrase} unless it is empty, and returns its fingerprint. Loopback
     * pinentry: gpg takes the passphrase from the command line instead of asking for it.
     */
    public String createKey(String userId, String algorithm, String passphrase)
            throws IOException, InterruptedException {
        CommandLine.Result created = gpg("--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase,
                "--status-fd", "1", "--quick-gen-key", userId, algorithm, "sign", "never");
        return created.output().lines().filter(line -> line.startsWith("[GNUPG:] KEY_CREATED "))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1)).findFirst()
                .orElseThrow(() -> new IOException("gpg made no key: " + created.output()));
    }

    /**
     * Gives gpg-agent the passphrase of {@code key}, as a user does by signing once: the agent then
     * holds it for its cache time, and gpg signs without asking. Loopback pinentry, as for creation.
     */
    public void unlock(String key, String passphrase) throws IOException, InterruptedException {
        gpg("--batch", "--pinentry-mode", "loopback", "--passphrase", passphrase, "--armor", "--detach-sign",
                "--local-user", key);
    }

    /**
     * Runs C git in {@code work} with this GnuPG home and without the machine's git configuration,
     * so what it says about signatures depends on nothing but the repository and these keys.
     */
    public CommandLine.Result git(Path work, String... arguments) throws IOException, InterruptedException {
        return CommandLine.run(work, Map.of("GNUPGHOME", directory.toString(), "GIT_CONFIG_NOSYSTEM", "1",
                "GIT_CONFIG_GLOBAL", directory.resolve("no-gitconfig").toString()), command("git", arguments));
    }

    private CommandLine.Result gpg(String... arguments) throws IOException, InterruptedException {
        List<String> command = command("gpg", arguments);
        CommandLine.Result result = CommandLine.run(directory, Map.of("GNUPGHOME", directory.toString()), command);
        if (result.exitCode() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + result.output());
        }
        return result;
    }

    private static List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>(List.of(program));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Stops the gpg-agent that key creation started, and removes this test's keys. */
    @Override
    public void close() throws IOException, InterruptedException {
        CommandLine.run(directory, Map.of("GNUPGHOME", directory.toString()),
                List.of("gpgconf", "--kill", "gpg-agent"));
        awaitAgentGone();
        empty();
    }

    /** gpgconf returns before the agent has removed its sockets; deleting them meanwhile races it. */
    private void awaitAgentGone() throws InterruptedException {
        Path socket = directory.resolve("S.gpg-agent");
        for (int tries = 0; tries < AGENT_EXIT_POLLS && Files.exists(socket); tries++) {
            Thread.sleep(AGENT_EXIT_POLL_MILLIS);
        }
    }

    private void empty() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).filter(file -> !file.equals(directory))
                    .toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
