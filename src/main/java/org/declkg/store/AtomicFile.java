package org.declkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A file written whole or not at all: into a temporary file beside it, then moved over it, so that a
 * reader (a download, a running server) never sees half of it.
 */
public final class AtomicFile {
    /** Writes the content; returns what it counted (triples, rows), or 0. */
    public interface Body {
        long write(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes {@code file} from {@code body}; returns the body's count. */
    public static long write(Path file, Body body) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            long count;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                count = body.write(out);
            }
            readableByAll(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return count;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A temporary file is private to its owner; the file it becomes is not. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix"))
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }
}
