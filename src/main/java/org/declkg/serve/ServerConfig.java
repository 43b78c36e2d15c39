package org.declkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.declkg.rdf.Iris;

/**
 * How {@code serve} runs: where it binds, how long a query may take, which data IRIs its {@code /id/}
 * answers for ({@code iris}), where the dumps are, how many results a query may have, and the address
 * the public reaches it at ({@code publicUrl}, ending in '/'; null when it is the address each request came to).
 */
public record ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout,
                           Iris iris, Path dumpsDir, long maxRows, String publicUrl) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** Most results (rows, or solutions of a CONSTRUCT/DESCRIBE) a query gets; 0 means no cap. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout, Iris iris,
                        Path dumpsDir) {
        this(host, port, firstResultTimeout, totalTimeout, iris, dumpsDir, DEFAULT_MAX_ROWS, null);
    }

    public ServerConfig withMaxRows(long rows) {
        return new ServerConfig(host, port, firstResultTimeout, totalTimeout, iris, dumpsDir, rows, publicUrl);
    }

    public ServerConfig withPublicUrl(String url) {
        String u = url == null || url.endsWith("/") ? url : url + "/";
        return new ServerConfig(host, port, firstResultTimeout, totalTimeout, iris, dumpsDir, maxRows, u);
    }

    public static ServerConfig defaults(Iris iris, Path dumpsDir) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Duration.ofSeconds(10), Duration.ofSeconds(60), iris, dumpsDir);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, firstResultTimeout, totalTimeout, iris, dumpsDir, maxRows, publicUrl);
    }

    public ServerConfig withTimeouts(Duration first, Duration total) {
        return new ServerConfig(host, port, first, total, iris, dumpsDir, maxRows, publicUrl);
    }
}
