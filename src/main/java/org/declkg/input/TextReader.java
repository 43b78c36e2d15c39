package org.declkg.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.Source;

/**
 * Reads what researchers have: UTF-8 with or without a byte-order mark, UTF-16 or UTF-32 with one,
 * GB18030/GBK when the bytes are not UTF-8 but decode to Chinese (see {@link Decoder}). Refuses,
 * with one line, what is not a text: nothing there, a directory, too many bytes, binary, RDF, blank.
 * Memory is bounded by the size limit: no more than that many bytes are ever read.
 */
public final class TextReader {
    /** 10 MiB: some fifty times the longest declaration seen, and processed within a 512 MiB heap. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    /** The largest limit there can be: a text is read into one array. */
    public static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

    private final long maxBytes;

    public TextReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_LIMIT)
            throw new IllegalArgumentException("the size limit must be between 1 and " + MAX_LIMIT + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() { return maxBytes; }

    public InputText read(Path file) throws InputException {
        if (!Files.exists(file)) throw new InputException(Files.isSymbolicLink(file) ? brokenLink(file) : "no such file");
        if (Files.isDirectory(file)) throw new InputException("is a directory, not a text file");
        if (!Files.isRegularFile(file)) throw new InputException("is not a regular file (a device, pipe or socket?)");
        if (!Files.isReadable(file)) throw new InputException("cannot be read: permission denied");
        byte[] bytes = bytes(file);
        if (bytes.length == 0) throw new InputException("is empty");
        List<String> notes = new ArrayList<>();
        Decoder.Decoded decoded = Decoder.decode(bytes, notes);
        // Control characters become spaces, one for one: every offset still cuts the user's file.
        ControlCharacters.Cleaned cleaned = ControlCharacters.clean(decoded.text());
        String text = cleaned.text();
        if (cleaned.note() != null) notes.add(cleaned.note());
        if (text.isBlank()) throw new InputException("contains only whitespace");
        String rdf = Sniffer.rdfSyntax(text);
        if (rdf != null) throw new InputException("looks like RDF (" + rdf + "), not a declaration text");
        Source source = new Source(file.getFileName().toString(), bytes.length, Source.sha256(bytes), decoded.encoding());
        return new InputText(file.toString(), text, List.copyOf(notes), source);
    }

    /** A symbolic link whose target is missing, or that leads round in a loop. */
    private static String brokenLink(Path file) {
        try {
            file.toRealPath();
            return "no such file";
        } catch (java.nio.file.NoSuchFileException e) {
            return "is a symbolic link to a file that does not exist";
        } catch (IOException e) {
            String why = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            return why != null && why.toLowerCase().contains("levels of symbolic links")
                    ? "is a symbolic link loop (too many levels of symbolic links)"
                    : "is a symbolic link that cannot be followed: " + why;
        }
    }

    private byte[] bytes(Path file) throws InputException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) throw tooLarge(size + " bytes");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) maxBytes + 1);
                if (b.length > maxBytes) throw tooLarge("more than " + maxBytes + " bytes"); // it grew while we read
                return b;
            }
        } catch (AccessDeniedException e) {
            throw new InputException("cannot be read: permission denied");
        } catch (NoSuchFileException e) {
            throw new InputException("no such file");
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().replace(file.toString(), "").replaceAll("^[:\\s]+", "");
            throw new InputException("cannot be read: " + (why.isBlank() ? e.getClass().getSimpleName() : why));
        }
    }

    private InputException tooLarge(String size) {
        return new InputException("is " + size + ", over the limit of " + maxBytes + " bytes (--max-bytes)");
    }
}
