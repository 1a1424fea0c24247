package dev.devflow.testing.sample;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/** Carries weaknesses FindSecBugs reports: a weak hash and a predictable random. */
public class Insecure {

    public byte[] hash(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    public int token() {
        return new Random().nextInt();
    }
}
