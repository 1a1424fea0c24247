package it.legacy;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A legacy checksum: MD5, and the salt handed out as it is. */
public class Checksums {

    private final byte[] salt;

    public Checksums(byte[] salt) {
        this.salt = salt.clone();
    }

    public byte[] checksum(byte[] data) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(salt);
        return md5.digest(data);
    }

    public byte[] salt() {
        return salt;
    }
}
