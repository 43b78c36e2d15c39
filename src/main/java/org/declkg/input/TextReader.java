package org.declkg.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads what researchers have: UTF-8 with or without a byte-order mark, UTF-16 with one, GB18030
 * when the bytes are not UTF-8 but decode to Chinese. Refuses, with one line, what is not a text.
 */
public final class TextReader {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern RDF_START = Pattern.compile(
            "^\\s*(@prefix|@base|PREFIX\\s|BASE\\s|<\\?xml|<rdf:RDF|\\{\\s*\"@context)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF = 8192;

    private final long maxBytes;

    public TextReader(long maxBytes) { this.maxBytes = maxBytes; }

    public InputText read(Path file) throws InputException {
        String name = file.toString();
        if (!Files.exists(file)) throw new InputException("no such file");
        if (Files.isDirectory(file)) throw new InputException("is a directory, not a text file");
        byte[] bytes = bytes(file);
        if (bytes.length == 0) throw new InputException("is empty");
        List<String> notes = new ArrayList<>();
        String text = decode(bytes, notes);
        if (text.isBlank()) throw new InputException("contains only whitespace");
        if (RDF_START.matcher(text).lookingAt()) throw new InputException("looks like RDF, not a declaration text");
        return new InputText(name, text, List.copyOf(notes));
    }

    private byte[] bytes(Path file) throws InputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes)
                throw new InputException("is " + size + " bytes, over the limit of " + maxBytes + " (--max-bytes)");
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes((int) maxBytes + 1);
            }
        } catch (AccessDeniedException e) {
            throw new InputException("cannot be read: permission denied");
        } catch (IOException e) {
            throw new InputException("cannot be read: " + e.getMessage());
        }
    }

    private static String decode(byte[] b, List<String> notes) throws InputException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8, "UTF-8");
        if (startsWith(b, 0xFF, 0xFE)) {
            notes.add("decoded as UTF-16LE (byte-order mark)");
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            notes.add("decoded as UTF-16BE (byte-order mark)");
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (looksBinary(b)) throw new InputException("is binary, not text");
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                String gb = decoder(GB18030).decode(ByteBuffer.wrap(b)).toString();
                if (hanShare(gb) >= 0.3) {
                    notes.add("not UTF-8: decoded as GB18030");
                    return gb;
                }
            } catch (CharacterCodingException notGb) {
                // fall through
            }
            throw new InputException("is not UTF-8 text (nor Chinese in GB18030)");
        }
    }

    private static String strict(byte[] b, int skip, Charset cs, String name) throws InputException {
        try {
            return decoder(cs).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException("has a " + name + " byte-order mark but is not valid " + name);
        }
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** A NUL byte, or many control bytes, in the first 8 KiB. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) control++;
        }
        return control > n / 20;
    }

    private static double hanShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return letters == 0 ? 0 : (double) han / letters;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
