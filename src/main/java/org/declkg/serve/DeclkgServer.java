package org.declkg.serve;

import org.apache.jena.query.Dataset;

/** The read-only HTTP face of a declkg store. (Stub until the server lands.) */
public final class DeclkgServer implements AutoCloseable {
    private final int port;

    private DeclkgServer(int port) { this.port = port; }

    public static DeclkgServer start(Dataset dataset, ServerConfig config) {
        throw new UnsupportedOperationException("server not built yet");
    }

    public int port() { return port; }

    public void join() {}

    @Override
    public void close() {}
}
