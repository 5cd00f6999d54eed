package org.relationstimeline.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes used as fingerprints: short, stable hex strings. */
public final class Hashes {
    private Hashes() {}

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes), 0, 16);
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A fresh SHA-256 digest; digests are not thread-safe, so each caller gets its own. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest(), 0, 16);
    }
}
