package org.declkg.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This build of declkg: its version and the git commit it was built from, written into
 * {@code declkg/build.properties} at build time; "unknown" for what the build could not tell.
 */
public record Software(String version, String commit) {
    public static final String UNKNOWN = "unknown";
    private static final Software THIS = read();

    /** The running build. */
    public static Software current() { return THIS; }

    private static Software read() {
        Properties p = new Properties();
        try (InputStream in = Software.class.getResourceAsStream("/declkg/build.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Software(known(p.getProperty("version")), known(p.getProperty("commit")));
    }

    private static String known(String value) { return value == null || value.isBlank() ? UNKNOWN : value.strip(); }
}
