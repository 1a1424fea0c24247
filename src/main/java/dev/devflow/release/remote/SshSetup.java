package dev.devflow.release.remote;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where SSH remotes take their setup from, as OpenSSH finds it: the home directory ({@code ~} in
 * {@code ~/.ssh/config}), the {@code ~/.ssh} directory (config, known_hosts, the default
 * {@code id_*} identity files) and the ssh-agent socket. Tests give their own, so they never read
 * or write the real {@code ~/.ssh} or talk to the developer's agent.
 *
 * @param home         the home directory
 * @param sshDirectory the directory OpenSSH calls {@code ~/.ssh}
 * @param agentSocket  the ssh-agent's Unix domain socket; empty: no agent (an {@code IdentityAgent}
 *                     path in the config still counts)
 */
public record SshSetup(Path home, Path sshDirectory, Optional<Path> agentSocket) {

    /** The variable OpenSSH's ssh-agent exports its socket in. */
    static final String AGENT_SOCKET_VARIABLE = "SSH_AUTH_SOCK";

    public SshSetup {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(sshDirectory, "sshDirectory");
        Objects.requireNonNull(agentSocket, "agentSocket");
    }

    /** The user's: {@code user.home} (what Maven and JGit take for home), its .ssh, and SSH_AUTH_SOCK. */
    public static SshSetup ofUser() {
        Path home = Path.of(System.getProperty("user.home"));
        Optional<Path> agent = Optional.ofNullable(System.getenv(AGENT_SOCKET_VARIABLE))
                .filter(socket -> !socket.isBlank()).map(Path::of);
        return new SshSetup(home, home.resolve(".ssh"), agent);
    }

    /** {@code home} with its own .ssh and no agent. */
    public static SshSetup in(Path home) {
        return new SshSetup(home, home.resolve(".ssh"), Optional.empty());
    }

    public SshSetup withAgent(Path socket) {
        return new SshSetup(home, sshDirectory, Optional.of(socket));
    }
}
