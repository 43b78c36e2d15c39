package org.declkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last wall behind Jena's own timeouts: a SPARQL query that has not begun its answer by its
 * deadline gets a 503 from here, on a thread of its own, even when the thread running it is stuck
 * somewhere Jena's cancellation does not reach. The deadline is the first-result timeout and a
 * second's grace; a CONSTRUCT or DESCRIBE, which Fuseki builds whole before sending, gets the total
 * timeout (it says so through {@link #extendToTotal}). The stuck thread is not interrupted (TDB2's
 * files must not see an interrupt); what it writes afterwards is discarded.
 */
final class QueryWatchdog implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(QueryWatchdog.class);
    static final String MESSAGE = "Query timed out";
    private static final String ATTRIBUTE = QueryWatchdog.class.getName();
    private static final long GRACE_MILLIS = 1000;

    private final long firstMillis, totalMillis;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "declkg-query-watchdog");
        t.setDaemon(true);
        return t;
    });

    QueryWatchdog(Duration firstResult, Duration total) {
        this.firstMillis = firstResult.toMillis() + GRACE_MILLIS;
        this.totalMillis = Math.max(total.toMillis(), firstResult.toMillis()) + GRACE_MILLIS;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (!isQuery(req)) {
            chain.doFilter(request, response);
            return;
        }
        WatchedResponse watched = new WatchedResponse((HttpServletResponse) response);
        Watch watch = new Watch(watched, System.nanoTime(), req.getRequestURI());
        req.setAttribute(ATTRIBUTE, watch);
        watch.arm(firstMillis);
        try {
            chain.doFilter(request, watched);
        } finally {
            watch.done();
        }
    }

    /** Called by the query operation for a CONSTRUCT or DESCRIBE: its deadline is the total timeout. */
    static void extendToTotal(HttpServletRequest req) {
        if (req.getAttribute(ATTRIBUTE) instanceof Watch w) w.extend();
    }

    /** The SPARQL query endpoints; the graph store reads and declkg's pages are not watched. */
    private static boolean isQuery(HttpServletRequest req) {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (path.equals(DeclkgServer.DATASET + "/sparql") || path.equals(DeclkgServer.DATASET + "/query")) return true;
        if (!path.equals(DeclkgServer.DATASET)) return false;
        String query = req.getQueryString();
        String type = req.getContentType();
        String t = type == null ? "" : type.toLowerCase();
        return (query != null && (query.startsWith("query=") || query.contains("&query=")))
                || t.startsWith("application/sparql-query") || t.startsWith("application/x-www-form-urlencoded");
    }

    private final class Watch {
        private final WatchedResponse response;
        private final long start;
        private final String path;
        private volatile long deadlineMillis;
        private volatile boolean finished;
        private ScheduledFuture<?> alarm;

        Watch(WatchedResponse response, long start, String path) {
            this.response = response;
            this.start = start;
            this.path = path;
        }

        synchronized void arm(long millis) {
            deadlineMillis = millis;
            if (alarm != null) alarm.cancel(false);
            long left = millis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            alarm = clock.schedule(this::ring, Math.max(0, left), TimeUnit.MILLISECONDS);
        }

        void extend() {
            if (deadlineMillis < totalMillis) arm(totalMillis);
        }

        private void ring() {
            if (finished) return;
            if (response.takeOver(MESSAGE))
                LOG.warn("{}: no answer after {} ms; answered 503 while the query goes on in the background", path,
                        deadlineMillis);
        }

        synchronized void done() {
            finished = true;
            if (alarm != null) alarm.cancel(false);
        }
    }

    @Override
    public void destroy() { clock.shutdownNow(); }
}
