package org.declkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file a declaration was read from, as provenance records it: its name as given (without the
 * folder), how many bytes it has, the SHA-256 of those bytes, and the encoding they were decoded from.
 */
public record Source(String name, long bytes, String sha256, String encoding) {

    /** A text given as a string rather than a file: its source is its UTF-8 bytes. */
    public static Source ofText(String name, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return new Source(name, utf8.length, sha256(utf8), StandardCharsets.UTF_8.name());
    }

    /** Lower-case hexadecimal, as {@code sha256sum} prints it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
