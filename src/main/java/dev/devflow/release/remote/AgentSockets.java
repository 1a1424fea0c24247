package dev.devflow.release.remote;

import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * ssh-agent over its Unix domain socket, with the JDK's own sockets. JGit's connectors live in
 * org.eclipse.jgit.ssh.apache.agent and need JNA; that bundle is not on Maven Central for JGit
 * 7.8.1. The socket is {@code IdentityAgent} from ~/.ssh/config, else SSH_AUTH_SOCK as the
 * {@link SshSetup} has it. Windows agents (Pageant, the OpenSSH named pipe) are not reached.
 */
final class AgentSockets implements ConnectorFactory {

    private static final ConnectorDescriptor ENVIRONMENT = new ConnectorDescriptor() {
        @Override
        public String getIdentityAgent() {
            return SshSetup.AGENT_SOCKET_VARIABLE;
        }

        @Override
        public String getDisplayName() {
            return "ssh-agent (" + SshSetup.AGENT_SOCKET_VARIABLE + ")";
        }
    };

    private final Optional<Path> defaultSocket;

    AgentSockets(Optional<Path> defaultSocket) {
        this.defaultSocket = defaultSocket;
    }

    @Override
    public Connector create(String identityAgent, File homeDir) {
        return new AgentConnection(socket(identityAgent, homeDir));
    }

    /** As OpenSSH reads IdentityAgent: unset or SSH_AUTH_SOCK means the environment's agent, ~ the home. */
    private Optional<Path> socket(String identityAgent, File homeDir) {
        if (identityAgent == null || identityAgent.isBlank()
                || identityAgent.equals(SshSetup.AGENT_SOCKET_VARIABLE)
                || identityAgent.equals("$" + SshSetup.AGENT_SOCKET_VARIABLE)
                || identityAgent.equals("${" + SshSetup.AGENT_SOCKET_VARIABLE + "}")) {
            return defaultSocket;
        }
        if (identityAgent.startsWith("~/") && homeDir != null) {
            return Optional.of(homeDir.toPath().resolve(identityAgent.substring(2)));
        }
        return Optional.of(Path.of(identityAgent));
    }

    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public String getName() {
        return "devflow-unix-socket";
    }

    @Override
    public Collection<ConnectorDescriptor> getSupportedConnectors() {
        return List.of(ENVIRONMENT);
    }

    @Override
    public ConnectorDescriptor getDefaultConnector() {
        return ENVIRONMENT;
    }

    /** One connection to the agent; JGit frames the requests, this moves the bytes. */
    private static final class AgentConnection extends AbstractConnector {

        private final Optional<Path> socket;
        private SocketChannel channel;

        AgentConnection(Optional<Path> socket) {
            this.socket = socket;
        }

        /** False, not an error, without an agent: the keys in ~/.ssh are tried all the same. */
        @Override
        public synchronized boolean connect() throws IOException {
            if (channel != null) {
                return true;
            }
            if (socket.isEmpty() || !Files.exists(socket.get())) {
                return false;
            }
            channel = SocketChannel.open(UnixDomainSocketAddress.of(socket.get()));
            return true;
        }

        @Override
        public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
            if (channel == null) {
                throw new IllegalStateException("not connected to the ssh-agent");
            }
            prepareMessage(command, message);
            ByteBuffer request = ByteBuffer.wrap(message);
            while (request.hasRemaining()) {
                channel.write(request);
            }
            byte[] length = readFully(4);
            return readFully(toLength(command, length));
        }

        private byte[] readFully(int size) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(size);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer) < 0) {
                    throw new EOFException("the ssh-agent at " + socket.orElseThrow() + " closed the connection");
                }
            }
            return buffer.array();
        }

        @Override
        public synchronized void close() throws IOException {
            if (channel != null) {
                channel.close();
                channel = null;
            }
        }
    }
}
