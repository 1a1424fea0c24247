package it.delta;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Hashes with MD5. */
public class Hashes {

    public byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }
}
