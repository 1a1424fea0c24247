package it.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/** A weak hash, a predictable random number and an exposed array. */
public class Tokens {

    private final byte[] salt;

    public Tokens(byte[] salt) {
        this.salt = salt.clone();
    }

    public byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(salt);
        return md5.digest(data);
    }

    public int token() {
        return new Random().nextInt();
    }

    public byte[] salt() {
        return salt;
    }
}
