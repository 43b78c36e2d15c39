package org.declkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Every named graph of a dataset as one JSON-LD document that is written a graph at a time: a
 * top-level array of graph objects, {@code [{"@id": graph, "@graph": [...], "@context": {...}}, ...]},
 * each written by Jena's JSON-LD writer from a dataset that holds just that graph. Jena's writer
 * builds its whole document in memory, so this keeps memory to the largest graph, not the store.
 * Blank nodes keep the store's labels, which are unique across graphs.
 */
final class JsonLdDump {
    private JsonLdDump() {}

    /** Writes the graphs named {@code graphs} of {@code dsg}; returns how many quads it wrote. */
    static long write(DatasetGraph dsg, List<Node> graphs, Map<String, String> prefixes, OutputStream out) throws IOException {
        long quads = 0;
        out.write('[');
        String separator = "\n";
        for (Node g : graphs) {
            DatasetGraph one = DatasetGraphFactory.create(); // links the store's graph, copies nothing
            one.addGraph(g, dsg.getGraph(g));
            one.prefixes().putAll(prefixes);
            out.write(separator.getBytes(StandardCharsets.UTF_8));
            RDFWriter.source(one).format(DataFormat.JSONLD.streaming()).output(out);
            quads += one.getGraph(g).size();
            separator = ",\n";
        }
        out.write("\n]\n".getBytes(StandardCharsets.UTF_8));
        return quads;
    }
}
