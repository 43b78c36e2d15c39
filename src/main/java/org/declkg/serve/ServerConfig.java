package org.declkg.serve;

import java.nio.file.Path;
import java.time.Duration;

/** How {@code serve} runs: where it binds, how long a query may take, where the dumps are. */
public record ServerConfig(String host, int port, Duration firstResultTimeout, Duration totalTimeout, Path dumpsDir) {
    public static ServerConfig defaults(Path dumpsDir) {
        return new ServerConfig("127.0.0.1", 3030, Duration.ofSeconds(10), Duration.ofSeconds(60), dumpsDir);
    }
}
