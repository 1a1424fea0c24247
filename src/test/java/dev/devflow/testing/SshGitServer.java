package dev.devflow.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.AbstractCommandSupport;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.transport.UploadPack;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SSH git server in the test's JVM, on loopback: Apache MINA sshd with JGit's receive-pack
 * and upload-pack on one bare repository, whatever path the URL names. It logs in only the
 * public keys it is given, and counts the git commands it ran, so a test can tell that a refused
 * connection never reached git.
 */
public final class SshGitServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private final SshServer server;
    private final KeyPair hostKey;
    private final List<PublicKey> authorizedKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger gitCommands = new AtomicInteger();

    private SshGitServer(SshServer server, KeyPair hostKey) {
        this.server = server;
        this.hostKey = hostKey;
    }

    public static SshGitServer start(Path bareRepository, KeyPair hostKey, PublicKey authorizedKey)
            throws IOException {
        SshServer server = SshServer.setUpDefaultServer();
        SshGitServer git = new SshGitServer(server, hostKey).authorize(authorizedKey);
        server.setHost(HOST);
        server.setPort(0);
        server.setKeyPairProvider(session -> List.of(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> git.authorizedKeys.stream()
                .anyMatch(authorized -> KeyUtils.compareKeys(key, authorized)));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        server.setCommandFactory((channel, command) -> git.command(bareRepository, command));
        server.start();
        return git;
    }

    /** Adds a key to those that log in, as a line in authorized_keys would. */
    public SshGitServer authorize(PublicKey key) {
        authorizedKeys.add(key);
        return this;
    }

    public int port() {
        return server.getPort();
    }

    public KeyPair hostKey() {
        return hostKey;
    }

    /** The URL a clone would have as origin. */
    public String url() {
        return "ssh://git@" + HOST + ":" + port() + "/upstream.git";
    }

    /** How many git-receive-pack and git-upload-pack commands ran: none when the login was refused. */
    public int gitCommands() {
        return gitCommands.get();
    }

    private Command command(Path bareRepository, String command) {
        gitCommands.incrementAndGet();
        boolean receive = command.startsWith(RemoteConfig.DEFAULT_RECEIVE_PACK);
        return new AbstractCommandSupport(command, null) {
            @Override
            public void run() {
                try (Repository repository = new FileRepositoryBuilder().setGitDir(bareRepository.toFile()).build()) {
                    if (receive) {
                        new ReceivePack(repository).receive(getInputStream(), getOutputStream(), getErrorStream());
                    } else {
                        try (UploadPack upload = new UploadPack(repository)) {
                            upload.upload(getInputStream(), getOutputStream(), getErrorStream());
                        }
                    }
                    onExit(0);
                } catch (IOException e) {
                    onExit(1, e.toString());
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        server.stop(true);
    }
}
