package org.declkg.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Keys made from a text: stable, so the same name gives the same key in every declaration. */
public final class Keys {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private Keys() {}

    /** A 16-hex-digit key from a text, insensitive to width and surrounding space. */
    public static String hash(String text) {
        String norm = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
        byte[] d = SHA256.get().digest(norm.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }
}
