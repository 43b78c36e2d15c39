package org.declkg.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Bytes to characters. A byte-order mark decides (UTF-8, UTF-16, UTF-32) and is not part of the text,
 * so offsets count from the first real character. Without one: UTF-8; else GB18030 or Big5,
 * whichever reads as the more common Chinese characters (see {@link ChineseEncoding}) and decodes
 * cleanly to Chinese; else UTF-8 with a few bad sequences replaced. Every guess is reported as a note.
 */
final class Decoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** At most one bad UTF-8 sequence per this many characters is taken for damage rather than another encoding. */
    private static final int DAMAGE_RATIO = 100;
    private static final double CHINESE = 0.3;

    private Decoder() {}

    /** The text and the name of the encoding it was decoded from. */
    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] b, List<String> notes) throws InputException {
        if (Sniffer.startsWith(b, 0xEF, 0xBB, 0xBF)) return utf8(b, 3, notes);
        if (Sniffer.startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) return withBom(b, 4, UTF_32LE, "UTF-32LE", notes);
        if (Sniffer.startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) return withBom(b, 4, UTF_32BE, "UTF-32BE", notes);
        if (Sniffer.startsWith(b, 0xFF, 0xFE)) return withBom(b, 2, StandardCharsets.UTF_16LE, "UTF-16LE", notes);
        if (Sniffer.startsWith(b, 0xFE, 0xFF)) return withBom(b, 2, StandardCharsets.UTF_16BE, "UTF-16BE", notes);
        String format = Sniffer.knownFormat(b);
        if (format != null) throw new InputException("is " + format + ", not a text file");
        if (Sniffer.looksBinary(b)) {
            Decoded utf16 = utf16WithoutBom(b, notes);
            if (utf16 != null) return utf16;
            throw new InputException("is binary, not a text file");
        }
        return utf8(b, 0, notes);
    }

    private static Decoded utf8(byte[] b, int skip, List<String> notes) throws InputException {
        Lenient u = lenient(b, skip);
        if (u.bad() == 0) return new Decoded(u.text(), "UTF-8");
        if (skip == 0 && u.bad() * DAMAGE_RATIO > u.text().length()) {
            // Most Big5 byte pairs are valid GB18030 too: decoding them so gives Chinese-looking nonsense.
            boolean big5 = ChineseEncoding.looksLikeBig5(b);
            Decoded decoded = big5 ? big5(b) : decoded(strict(b, 0, GB18030), "GB18030");
            if (decoded != null && hanShare(decoded.text()) >= CHINESE) {
                notes.add(big5 ? "not UTF-8: decoded as Big5 (Traditional Chinese)" : "not UTF-8: decoded as GB18030 (GBK)");
                return decoded;
            }
        }
        if (u.bad() * DAMAGE_RATIO <= u.text().length()) {
            notes.add(u.bad() + " invalid UTF-8 byte sequence" + (u.bad() == 1 ? "" : "s") + " replaced by U+FFFD");
            return new Decoded(u.text(), "UTF-8");
        }
        throw new InputException(skip == 0 ? "is not UTF-8 text (nor Chinese in GB18030 or Big5)"
                : "has a UTF-8 byte-order mark but is not UTF-8 text");
    }

    /** Big5 as Windows writes it (code page 950, a superset), else plain Big5. */
    private static Decoded big5(byte[] b) {
        for (String name : new String[] {"x-windows-950", "Big5"}) {
            if (!Charset.isSupported(name)) continue;
            String s = strict(b, 0, Charset.forName(name));
            if (s != null) return new Decoded(s, "Big5"); // code page 950 is Windows' Big5
        }
        return null;
    }

    private static Decoded decoded(String text, String encoding) { return text == null ? null : new Decoded(text, encoding); }

    private static Decoded withBom(byte[] b, int skip, Charset cs, String name, List<String> notes) throws InputException {
        String s = strict(b, skip, cs);
        if (s == null) throw new InputException("has a " + name + " byte-order mark but is not valid " + name);
        notes.add("decoded as " + name + " (byte-order mark)");
        return new Decoded(s, name);
    }

    /** UTF-16 saved without its mark: NULs on one side of every pair, and clean Chinese or letters when decoded. */
    private static Decoded utf16WithoutBom(byte[] b, List<String> notes) {
        if (b.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < b.length; i++) if (b[i] == 0) { if (i % 2 == 0) even++; else odd++; }
        // ASCII puts its NUL on one side; a few Han characters (U+4E00...) put one on the other.
        if (Math.min(even, odd) * 10 > even + odd) return null;
        Charset cs = odd > even ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        String s = strict(b, 0, cs);
        if (s == null || s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) return null;
        if (hanShare(s) < CHINESE) return null;
        notes.add("decoded as " + cs.name() + " (no byte-order mark)");
        return new Decoded(s, cs.name());
    }

    private static String strict(byte[] b, int skip, Charset cs) {
        try {
            return decoder(cs, CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, skip, b.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private record Lenient(String text, int bad) {}

    /** UTF-8 with each malformed sequence replaced by U+FFFD, and how many there were. */
    private static Lenient lenient(byte[] b, int skip) {
        CharsetDecoder d = decoder(StandardCharsets.UTF_8, CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, skip, b.length - skip);
        CharBuffer out = CharBuffer.allocate(b.length - skip + 1);
        int bad = 0;
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isOverflow()) throw new IllegalStateException("UTF-8 gives no more characters than bytes");
            bad++;
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        d.flush(out);
        return new Lenient(out.flip().toString(), bad);
    }

    private static CharsetDecoder decoder(Charset cs, CodingErrorAction onError) {
        return cs.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    private static double hanShare(String s) {
        long letters = s.codePoints().filter(Character::isLetter).count();
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return letters == 0 ? 0 : (double) han / letters;
    }
}
