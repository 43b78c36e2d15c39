package org.declkg.graph;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.pipeline.Source;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab.PROV;
import org.declkg.rdf.Vocab.SCHEMA;

/**
 * How a declaration's graph was made, in W3C PROV-O: one activity per extraction (its start and end
 * are the only things in the graph that differ between two runs on the same file), the software that
 * ran it, and the file it used, named by the SHA-256 of its bytes so that the same file loaded again,
 * under any name, is the same source.
 */
final class Provenance {
    private static final int SHORT_COMMIT = 12;

    private Provenance() {}

    static void record(Model m, Iris iris, String key, Resource declaration, Resource context, Source source, Instant started) {
        Resource file = m.createResource(iris.of("source", source.sha256()), DK.SourceFile)
                .addProperty(RDF.type, PROV.Entity)
                .addProperty(RDFS.label, source.name())
                .addProperty(DK.fileName, source.name())
                .addLiteral(DK.byteSize, ResourceFactory.createTypedLiteral(Long.toString(source.bytes()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DK.sha256, source.sha256())
                .addProperty(DK.encoding, source.encoding());
        Resource activity = m.createResource(iris.of("extraction", key), PROV.Activity)
                .addProperty(RDFS.label, "extraction of " + source.name(), "en")
                .addLiteral(PROV.startedAtTime, time(started))
                .addLiteral(PROV.endedAtTime, time(Instant.now()))
                .addProperty(PROV.wasAssociatedWith, agent(m, iris, Software.current()))
                .addProperty(PROV.used, file);
        declaration.addProperty(PROV.wasGeneratedBy, activity);
        context.addProperty(PROV.wasDerivedFrom, file);
    }

    /** declkg as it ran: one agent per version and commit. */
    private static Resource agent(Model m, Iris iris, Software s) {
        String build = s.commit().equals(Software.UNKNOWN) ? ""
                : "-" + s.commit().substring(0, Math.min(SHORT_COMMIT, s.commit().length()))
                        + (s.commit().endsWith("-dirty") ? "-dirty" : "");
        return m.createResource(iris.of("software", "declkg-" + s.version() + build), PROV.SoftwareAgent)
                .addProperty(RDFS.label, "declkg " + s.version())
                .addProperty(SCHEMA.softwareVersion, s.version())
                .addProperty(DK.commit, s.commit());
    }

    /**
     * In milliseconds, written canonically (no trailing zeros in the fraction), as TDB2 gives it back:
     * the stored graph is then the very graph written.
     */
    static Literal time(Instant t) {
        String iso = t.truncatedTo(ChronoUnit.MILLIS).toString(); // ...T15:26:27.430Z, or ...T15:26:27Z
        String canonical = iso.contains(".") ? iso.replaceAll("\\.?0+Z$", "Z") : iso;
        return ResourceFactory.createTypedLiteral(canonical, XSDDatatype.XSDdateTime);
    }
}
