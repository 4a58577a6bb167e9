package io.factdesk.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the desk writes it everywhere: of the text's UTF-8 bytes, in lower-case hex. */
public final class Hashes {

    private Hashes() {
    }

    /** Lower-case hex SHA-256 of {@code text}'s UTF-8 bytes (article bodies, token secrets, URL keys, chain events). */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of these bytes (a fetched page as it arrived). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    }
}
