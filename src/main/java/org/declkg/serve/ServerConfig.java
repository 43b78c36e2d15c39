package org.declkg.serve;

import java.nio.file.Path;
import java.time.Duration;
import org.declkg.rdf.Iris;

/**
 * How {@code serve} runs: where it binds, how long a query may take, which data IRIs its {@code /id/}
 * answers for, and where the dumps are.
 */
public record ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout,
                           String dataBase, Path dumpsDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public static ServerConfig defaults(Path dumpsDir) {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Iris.base(), dumpsDir);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, firstResultTimeout, totalTimeout, dataBase, dumpsDir);
    }

    public ServerConfig withTimeouts(Duration first, Duration total) {
        return new ServerConfig(host, port, first, total, dataBase, dumpsDir);
    }
}
