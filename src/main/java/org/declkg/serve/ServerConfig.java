package org.declkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.declkg.rdf.Iris;

/**
 * How {@code serve} runs: where it binds, how long a query may take, which data IRIs its {@code /id/}
 * answers for, where the dumps are, and how many results a query may have.
 */
public record ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout,
                           String dataBase, Path dumpsDir, long maxRows) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /** Most results (rows, or solutions of a CONSTRUCT/DESCRIBE) a query gets; 0 means no cap. */
    public static final long DEFAULT_MAX_ROWS = 100_000;

    public ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout, String dataBase,
                        Path dumpsDir) {
        this(host, port, firstResultTimeout, totalTimeout, dataBase, dumpsDir, DEFAULT_MAX_ROWS);
    }

    public ServerConfig withMaxRows(long rows) {
        return new ServerConfig(host, port, firstResultTimeout, totalTimeout, dataBase, dumpsDir, rows);
    }

    public static ServerConfig defaults(Path dumpsDir) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Iris.base(), dumpsDir);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, firstResultTimeout, totalTimeout, dataBase, dumpsDir, maxRows);
    }

    public ServerConfig withTimeouts(Duration first, Duration total) {
        return new ServerConfig(host, port, first, total, dataBase, dumpsDir, maxRows);
    }
}
