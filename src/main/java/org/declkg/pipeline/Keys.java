package org.declkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Keys made from a text: stable, so the same name gives the same key in every declaration. */
public final class Keys {
    private Keys() {}

    /** A 16-hex-digit key from a text, insensitive to width and surrounding space. */
    public static String hash(String text) {
        String norm = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(norm.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
