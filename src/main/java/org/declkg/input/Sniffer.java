package org.declkg.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a file is when it is not a declaration text: a known binary format by its first
 * bytes, other binary by its control bytes, and RDF by how its text begins.
 */
final class Sniffer {
    private static final int SNIFF_BYTES = 8192;
    private static final int SNIFF_CHARS = 4096;
    /** Leading comment lines, then what opens Turtle or TriG, RDF/XML, JSON-LD, or N-Triples/N-Quads. */
    private static final Pattern RDF_START = Pattern.compile("^(?:[ \\t\\r\\n]*#[^\\n]*\\n)*\\s*(?:"
            + "(?<turtle>@prefix\\s|@base\\s|PREFIX\\s|BASE\\s|GRAPH\\s*<|<[A-Za-z][A-Za-z0-9+.-]*:[^>\\s]*>\\s*\\{)"
            + "|(?<xml><\\?xml|<rdf:RDF)"
            + "|(?<jsonld>\\{\\s*\"@(?:context|id|graph)\"|\\[\\s*\\{\\s*\"@(?:context|id|graph)\")"
            + "|(?<ntriples>(?:<[A-Za-z][A-Za-z0-9+.-]*:[^>\\s]*>|_:[A-Za-z0-9_]+)\\s*<[A-Za-z][A-Za-z0-9+.-]*:))",
            Pattern.CASE_INSENSITIVE);

    private record Magic(String what, int... bytes) {}

    private static final Magic[] MAGIC = {
        new Magic("a PDF document", '%', 'P', 'D', 'F', '-'),
        new Magic("a PNG image", 0x89, 'P', 'N', 'G'),
        new Magic("a JPEG image", 0xFF, 0xD8, 0xFF),
        new Magic("a GIF image", 'G', 'I', 'F', '8'),
        new Magic("a ZIP archive (or a Word/OpenDocument file)", 'P', 'K', 0x03, 0x04),
        new Magic("a gzip file", 0x1F, 0x8B),
        new Magic("an old-style Word/Office file", 0xD0, 0xCF, 0x11, 0xE0),
        new Magic("an RTF document", '{', '\\', 'r', 't', 'f'),
    };

    private Sniffer() {}

    /** The name of a known non-text format the bytes start with, or null. */
    static String knownFormat(byte[] b) {
        for (Magic m : MAGIC) if (startsWith(b, m.bytes())) return m.what();
        return null;
    }

    /** A NUL byte, or more than one control byte in twenty, in the first 8 KiB. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES), control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x09 || (c > 0x0D && c < 0x20) || c == 0x7F) control++;
        }
        return control > n / 20;
    }

    /** The RDF syntax the text opens with ("Turtle", "RDF/XML", ...), or null when it does not look like RDF. */
    static String rdfSyntax(String text) {
        Matcher m = RDF_START.matcher(text.length() > SNIFF_CHARS ? text.substring(0, SNIFF_CHARS) : text);
        if (!m.lookingAt()) return null;
        if (m.group("turtle") != null) return "Turtle";
        if (m.group("xml") != null) return "RDF/XML";
        if (m.group("jsonld") != null) return "JSON-LD";
        return "N-Triples";
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
