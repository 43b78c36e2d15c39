package org.declkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * What went wrong, in words a person can act on, from an exception that ended a command: a file
 * that is not there or may not be written, or a write that failed because the disk is full, the
 * file-size limit was reached or the device failed. TDB2 writes through memory-mapped files, where
 * a full disk surfaces as an {@link InternalError} ("a fault occurred in an unsafe memory access")
 * rather than an IOException.
 */
final class WriteFailure {
    private WriteFailure() {}

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) e = u.getCause();
        if (e instanceof NoSuchFileException f) return f.getFile() + ": no such file or directory";
        if (e instanceof AccessDeniedException f) return f.getFile() + ": permission denied";
        String write = writeProblem(e);
        if (write != null) return "a write failed: " + write + "; the store keeps what was committed before (the failed write changed nothing)";
        if (e instanceof FileSystemException f && f.getFile() != null)
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Main.firstLine(m);
    }

    /** The reason a write failed, when some exception in the chain says so; null otherwise. */
    static String writeProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left")) return "no space left on device";
            if (m.contains("disk quota")) return "disk quota exceeded";
            if (m.contains("file too large")) return "file too large (a file-size limit was reached)";
            if (t instanceof InternalError && m.contains("unsafe memory access"))
                return "the disk is full or failed under a memory-mapped file";
            if (t instanceof IOException && m.contains("input/output error")) return "input/output error";
        }
        return null;
    }
}
