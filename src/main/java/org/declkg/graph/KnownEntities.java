package org.declkg.graph;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ORG;
import org.declkg.knowledge.Gazetteer;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Ref;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Vocab;

/**
 * The gazetteer's entities and the places of one declaration's graph, typed and labelled so that the
 * graph reads on its own: once each, however often the declaration names them.
 */
final class KnownEntities {
    private final Model m;
    private final Iris iris;
    private final WrittenForm written;
    private final Gazetteer gazetteer;
    private final Map<String, Resource> done = new HashMap<>();

    KnownEntities(Model m, Iris iris, WrittenForm written, Gazetteer gazetteer) {
        this.m = m;
        this.iris = iris;
        this.written = written;
        this.gazetteer = gazetteer;
    }

    Resource place(Ref r) {
        if (r.known()) return known(r.kind(), r.key());
        return done.computeIfAbsent("place|" + r.label(), k -> written.label(
                m.createResource(iris.of("place", Iris.hashKey(r.label())), DK.Place), RDFS.label, r.label()));
    }

    Resource known(EntityKind kind, String key) {
        return done.computeIfAbsent(kind + "|" + key, k -> write(kind, key));
    }

    private Resource write(EntityKind kind, String key) {
        String iriKind = switch (kind) {
            case STATE -> "state";
            case ORGANISATION -> "organisation";
            case BODY -> "body";
            default -> "place";
        };
        Resource r = m.createResource(iris.of(iriKind, key));
        r.addProperty(RDF.type, switch (kind) {
            case STATE -> DK.State;
            case ORGANISATION -> ORG.Organization;
            case BODY -> DK.Body;
            default -> DK.Place;
        });
        Gazetteer.Entry e = gazetteer.entry(kind, key);
        if (e != null) {
            if (!e.labelZh().isEmpty()) written.label(r, RDFS.label, e.labelZh());
            if (!e.labelEn().isEmpty()) r.addProperty(RDFS.label, e.labelEn(), "en");
            if (!e.qid().isEmpty()) r.addProperty(OWL.sameAs, Vocab.wikidata(e.qid()));
        }
        return r;
    }
}
