package org.declkg.serve;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * What a slow client may hold: Jetty's threads are many enough that a few dozen slow requests leave
 * the rest answering (Fuseki's default of 20 went to 16 slow POSTs), a request body must arrive at
 * {@value #MIN_REQUEST_BYTES_PER_SECOND} bytes a second at least (counted from its first byte; a
 * slower one is cut with 408), and a connection on which nothing moves for
 * {@value #IDLE_TIMEOUT_MILLIS} ms is closed.
 */
final class JettyLimits {
    static final int MAX_THREADS = 200;
    static final int MIN_THREADS = 8;
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
    static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private JettyLimits() {}

    static void apply(Server server, String host) {
        for (Connector c : server.getConnectors()) {
            if (!(c instanceof ServerConnector sc)) continue;
            sc.setHost(host);
            sc.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
                config.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            }
        }
    }
}
