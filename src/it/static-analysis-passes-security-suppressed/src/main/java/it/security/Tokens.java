package it.security;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/** A weak hash and a predictable random number, both accepted deliberately. */
public class Tokens {

    @SuppressFBWarnings(value = "WEAK_MESSAGE_DIGEST_MD5", justification = "a cache key, not a security boundary")
    public byte[] fingerprint(byte[] data) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("MD5").digest(data);
    }

    @SuppressFBWarnings(value = {"PREDICTABLE_RANDOM", "DMI_RANDOM_USED_ONLY_ONCE"},
            justification = "picks a sample for a demo, not a secret")
    public int token() {
        return new Random().nextInt();
    }
}
