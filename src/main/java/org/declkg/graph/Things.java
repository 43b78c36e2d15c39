package org.declkg.graph;

import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Literals;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Ref;
import org.declkg.rdf.Vocab.SCHEMA;
import org.declkg.knowledge.Gazetteer;

/**
 * Resources for the things statements are about. Keys come from what the thing is, not where it was
 * read, so a document named in two declarations is one resource.
 */
final class Things {
    private final Model m;
    private final Iris iris;
    private final Gazetteer gazetteer;
    private final String declarationKey;
    private final Function<Ref, Resource> places;
    private final WrittenForm written;
    /** Each thing's resource, written once per graph: the objects of statements are among the things the text names. */
    private final Map<Argument, Resource> made = new IdentityHashMap<>();

    Things(Model m, Iris iris, Gazetteer gazetteer, String declarationKey, Function<Ref, Resource> places, WrittenForm written) {
        this.written = written;
        this.m = m;
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.declarationKey = declarationKey;
        this.places = places;
    }

    Resource resource(Argument a) {
        Resource done = made.get(a);
        return done != null ? done : write(a);
    }

    private Resource write(Argument a) {
        Resource r = switch (a.kind()) {
            case DOCUMENT -> document(a);
            case EVENT -> event(a);
            case INITIATIVE -> initiative(a);
            case STATE, ORGANISATION -> places.apply(a.named());
            default -> written.label(m.createResource(iris.of("proposition", Iris.hashKey(declarationKey + "|" + a.label())),
                    DK.Proposition), RDFS.label, a.label());
        };
        for (Argument mentioned : a.mentions()) r.addProperty(DK.mentions, resource(mentioned));
        made.put(a, r);
        return r;
    }

    private Resource document(Argument a) {
        String full = gazetteer.expandAbbreviations(a.label());
        Resource r = m.createResource(iris.of("document", Iris.hashKey(full)), DK.Document);
        written.label(written.label(r, DCTerms.title, a.label()), RDFS.label, a.label());
        if (!full.equals(a.label())) r.addProperty(SKOS.altLabel, full, "zh");
        if (a.typeKey() != null) r.addProperty(DK.documentType, m.createResource(iris.of("document-type", a.typeKey())));
        if (a.start() != null) r.addProperty(DCTerms.date, Literals.date(a.start()));
        for (Ref p : a.places()) r.addProperty(SCHEMA.location, places.apply(p));
        return r;
    }

    private Resource event(Argument a) {
        String when = a.start() == null ? "" : a.start().iso();
        Resource r = written.label(m.createResource(iris.of("event", Iris.hashKey(a.typeKey() + "|" + when + "|" + a.label())),
                DK.Event), RDFS.label, a.label());
        if (a.typeKey() != null) r.addProperty(DK.eventType, m.createResource(iris.of("event-type", a.typeKey())));
        if (a.start() != null) r.addProperty(SCHEMA.startDate, Literals.date(a.start()));
        if (a.end() != null) r.addProperty(SCHEMA.endDate, Literals.date(a.end()));
        for (Ref p : a.places()) r.addProperty(SCHEMA.location, places.apply(p));
        for (Ref p : a.perpetrators()) r.addProperty(DK.perpetrator, places.apply(p));
        for (Ref p : a.targets()) r.addProperty(DK.target, places.apply(p));
        return r;
    }

    private Resource initiative(Argument a) {
        Resource r = written.label(m.createResource(iris.of("initiative", Iris.hashKey(gazetteer.expandAbbreviations(a.label()))),
                DK.Initiative), RDFS.label, a.label());
        if (a.typeKey() != null) r.addProperty(DCTerms.type, m.createResource(iris.of("initiative-type", a.typeKey())));
        if (a.proposedBy() != null) r.addProperty(DK.proposedBy, places.apply(a.proposedBy()));
        if (a.start() != null) r.addProperty(DCTerms.date, Literals.date(a.start())); // when it was proposed
        return r;
    }
}
