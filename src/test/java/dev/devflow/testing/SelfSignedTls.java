package dev.devflow.testing;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;

/**
 * A TLS server identity for {@link HttpGitServer#HOST} that no truststore vouches for, as an
 * in-house git server's often is. Made by the JDK's keytool, so the test needs nothing else.
 */
public final class SelfSignedTls {

    private static final char[] STORE_PASSWORD = "changeit".toCharArray();

    private SelfSignedTls() {
    }

    /** A server-side TLS context with a new self-signed certificate for the loopback address. */
    public static SSLContext serverContext(Path folder) throws IOException, InterruptedException,
            GeneralSecurityException {
        Path store = folder.resolve("server.p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        CommandLine.Result made = CommandLine.run(folder, Map.of(), List.of(keytool, "-genkeypair", "-alias", "git",
                "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + HttpGitServer.HOST,
                "-ext", "SAN=ip:" + HttpGitServer.HOST, "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", new String(STORE_PASSWORD)));
        if (made.exitCode() != 0) {
            throw new IOException("keytool failed: " + made.output());
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, STORE_PASSWORD);
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }
}
