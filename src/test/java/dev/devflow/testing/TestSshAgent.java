package dev.devflow.testing;

import org.apache.sshd.agent.common.AbstractAgentClient;
import org.apache.sshd.agent.local.AgentImpl;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * An ssh-agent on a Unix domain socket in the test's folder, holding keys in memory: sshd's own
 * agent behind the socket protocol OpenSSH's ssh-agent speaks. Serves one client at a time.
 */
public final class TestSshAgent implements AutoCloseable {

    private final ServerSocketChannel server;
    private final Path socket;
    private final AgentImpl keys = new AgentImpl();
    private final Thread acceptor;

    private TestSshAgent(ServerSocketChannel server, Path socket) {
        this.server = server;
        this.socket = socket;
        this.acceptor = new Thread(this::serve, "test-ssh-agent");
        acceptor.setDaemon(true);
    }

    public static TestSshAgent start(Path socket) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        TestSshAgent agent = new TestSshAgent(server, socket);
        agent.acceptor.start();
        return agent;
    }

    /** ssh-add. */
    public TestSshAgent add(KeyPair key) throws IOException {
        keys.addIdentity(key, "release@test");
        return this;
    }

    public Path socket() {
        return socket;
    }

    private void serve() {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                answer(client);
            } catch (IOException closedOrGone) {
                // the agent was closed, or the client went away: wait for the next one
            }
        }
    }

    private void answer(SocketChannel client) throws IOException {
        AbstractAgentClient protocol = new AbstractAgentClient(keys) {
            @Override
            protected void reply(Buffer buffer) throws IOException {
                ByteBuffer bytes = ByteBuffer.wrap(buffer.array(), buffer.rpos(), buffer.available());
                while (bytes.hasRemaining()) {
                    client.write(bytes);
                }
            }
        };
        ByteBuffer read = ByteBuffer.allocate(8192);
        while (client.read(read) >= 0) {
            read.flip();
            protocol.messageReceived(new ByteArrayBuffer(read.array(), 0, read.limit()));
            read.clear();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
