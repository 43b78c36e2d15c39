package org.declkg.push;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Puts graphs into any SPARQL 1.1 Graph Store Protocol endpoint ({@code PUT ?graph=IRI}): each PUT
 * replaces the graph it names, so pushing the same declaration again leaves the store as it was.
 * Credentials, when given, answer the server's challenge (HTTP Basic or Digest).
 */
public final class GraphStorePusher {
    /** The endpoint takes nothing: it cannot be reached, refuses the credentials or is not there. */
    public static final class EndpointFailure extends RuntimeException {
        EndpointFailure(String message, Throwable cause) { super(message, cause); }
    }

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public GraphStorePusher(String endpoint, String user, String password) {
        URI uri = URI.create(endpoint);
        if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null)
            throw new IllegalArgumentException(endpoint + ": not an http(s) URL of a Graph Store Protocol endpoint");
        this.endpoint = endpoint;
        if (user != null) AuthEnv.get().registerUsernamePassword(uri, user, password);
    }

    public String endpoint() { return endpoint; }

    /**
     * Asks the endpoint for one small graph ({@code probeGraph}) before anything is extracted, so that a wrong
     * URL or password fails at once, with its reason, rather than on the first PUT (where a server that
     * refuses the credentials may cut the connection while the body is being sent).
     *
     * @throws EndpointFailure when the endpoint will take no graph at all
     */
    public void check(String probeGraph) {
        try {
            GSP.service(endpoint).httpClient(http).graphName(probeGraph).acceptHeader("text/turtle").GET();
        } catch (HttpException e) {
            if (e.getStatusCode() != 404) failure(e, probeGraph);
        }
    }

    /**
     * Replaces the graph named {@code graphIri} at the endpoint with {@code graph}.
     *
     * @throws EndpointFailure when the endpoint will take no graph at all
     * @throws IllegalStateException with a one-line reason when the endpoint refused this graph
     */
    public void put(String graphIri, Model graph) {
        try {
            GSP.service(endpoint).httpClient(http).graphName(graphIri).contentType(RDFFormat.TURTLE_BLOCKS)
                    .PUT(graph.getGraph());
        } catch (HttpException e) {
            failure(e, graphIri);
        }
    }

    private void failure(HttpException e, String graphIri) {
        int status = e.getStatusCode();
        if (status == 401 || status == 403)
            throw new EndpointFailure(endpoint + ": " + statusLine(e) + " (check --user and the password variable)", e);
        if (status == 404 || status == 405)
            throw new EndpointFailure(endpoint + ": " + statusLine(e) + " (is it the Graph Store Protocol endpoint, "
                    + "and does it allow updates?)", e);
        if (status > 0)
            throw new IllegalStateException(endpoint + " answered " + statusLine(e) + " to PUT <" + graphIri + ">", e);
        throw new EndpointFailure(endpoint + ": cannot be reached (" + cause(e) + ")", e);
    }

    private static String statusLine(HttpException e) {
        String reason = e.getStatusLine() != null ? e.getStatusLine() : switch (e.getStatusCode()) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "";
        };
        return (e.getStatusCode() + " " + reason).strip();
    }

    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof ConnectException) return "connection refused";
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
