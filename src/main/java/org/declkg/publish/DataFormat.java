package org.declkg.publish;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF formats declkg reads and writes, each with its short name (for {@code -f} and
 * {@code ?format=}), media type, file extension and Jena language; the one table the command line,
 * the dumps and the server's content negotiation all read.
 */
public enum DataFormat {
    TURTLE("ttl", "Turtle", "text/turtle", ".ttl", Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, RDFFormat.TURTLE_PRETTY, "turtle"),
    TRIG("trig", "TriG", "application/trig", ".trig", Lang.TRIG, RDFFormat.TRIG_BLOCKS, RDFFormat.TRIG_PRETTY),
    JSONLD("jsonld", "JSON-LD", "application/ld+json", ".jsonld", Lang.JSONLD, RDFFormat.JSONLD, RDFFormat.JSONLD, "json-ld"),
    NTRIPLES("nt", "N-Triples", "application/n-triples", ".nt", Lang.NTRIPLES, RDFFormat.NTRIPLES, RDFFormat.NTRIPLES,
            "ntriples", "n-triples"),
    NQUADS("nq", "N-Quads", "application/n-quads", ".nq", Lang.NQUADS, RDFFormat.NQUADS, RDFFormat.NQUADS, "nquads", "n-quads"),
    RDFXML("rdf", "RDF/XML", "application/rdf+xml", ".rdf", Lang.RDFXML, RDFFormat.RDFXML_PLAIN, RDFFormat.RDFXML, "rdfxml");

    private final String name;
    private final String label;
    private final String mediaType;
    private final String extension;
    private final Lang lang;
    private final RDFFormat streaming;
    private final RDFFormat pretty;
    private final List<String> aliases;

    DataFormat(String name, String label, String mediaType, String extension, Lang lang, RDFFormat streaming,
               RDFFormat pretty, String... aliases) {
        this.name = name;
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
        this.lang = lang;
        this.streaming = streaming;
        this.pretty = pretty;
        this.aliases = List.of(aliases);
    }

    /** The short name: {@code ttl}, {@code trig}, {@code jsonld}, {@code nt}, {@code nq}, {@code rdf}. */
    public String shortName() { return name; }

    /** The name people know it by: Turtle, TriG, JSON-LD… */
    public String label() { return label; }

    public String mediaType() { return mediaType; }

    /** The file extension, with its dot. */
    public String extension() { return extension; }

    public Lang lang() { return lang; }

    /** The writer for large outputs (dumps, {@code extract}): streams where the format allows. */
    public RDFFormat streaming() { return streaming; }

    /** The writer for one resource's description: readable, grouped by subject. */
    public RDFFormat pretty() { return pretty; }

    /** TriG and N-Quads: each triple in its named graph. declkg writes the others as one graph. */
    public boolean keepsGraphs() { return this == TRIG || this == NQUADS; }

    /** The format with this short name or alias, ignoring case; null when there is none. */
    public static DataFormat byName(String name) {
        if (name == null) return null;
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(n) || f.aliases.contains(n)).findFirst().orElse(null);
    }

    /** The format of a media type (parameters ignored); null when there is none. */
    public static DataFormat byMediaType(String mediaType) {
        if (mediaType == null) return null;
        String t = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(t)).findFirst().orElse(null);
    }

    /** The format with this label (Turtle, TriG, N-Triples…); null when there is none. */
    public static DataFormat byLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst().orElse(null);
    }

    /** The short names of some formats, for messages: "ttl, trig or nt". */
    public static String names(List<DataFormat> formats) {
        List<String> n = formats.stream().map(DataFormat::shortName).toList();
        if (n.size() < 2) return String.join("", n);
        return String.join(", ", n.subList(0, n.size() - 1)) + " or " + n.get(n.size() - 1);
    }
}
