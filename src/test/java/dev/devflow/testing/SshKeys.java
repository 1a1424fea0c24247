package dev.devflow.testing;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyEncryptionContext;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;

/** Fresh SSH keys and the files ssh keeps them in, for tests that must not touch the real ~/.ssh. */
public final class SshKeys {

    private SshKeys() {
    }

    /** ed25519, what ssh-keygen makes by default (sshd needs Bouncy Castle for it). */
    public static KeyPair generate() throws Exception {
        return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    }

    /** ECDSA P-256: sshd's in-memory agent cannot sign with Bouncy Castle's ed25519 keys. */
    public static KeyPair generateEcdsa() throws Exception {
        return KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
    }

    /** Writes {@code key} as an OpenSSH private key file, readable only by its owner as ssh wants. */
    public static Path writeIdentity(Path file, KeyPair key) throws Exception {
        return write(file, key, null);
    }

    /** Writes {@code key} encrypted with {@code passphrase}, as ssh-keygen -N does. */
    public static Path writeEncryptedIdentity(Path file, KeyPair key, String passphrase) throws Exception {
        OpenSSHKeyEncryptionContext encryption = new OpenSSHKeyEncryptionContext();
        encryption.setPassword(passphrase);
        encryption.setCipherName("AES");
        encryption.setCipherMode("CTR");
        encryption.setCipherType("256");
        return write(file, key, encryption);
    }

    private static Path write(Path file, KeyPair key, OpenSSHKeyEncryptionContext encryption) throws Exception {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "release@test", encryption, out);
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    /** A known_hosts line for {@code host} on {@code port}, as ssh-keyscan prints it. */
    public static String knownHostsLine(String host, int port, KeyPair hostKey) {
        String name = port == 22 ? host : "[" + host + "]:" + port;
        return name + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n";
    }
}
