package org.declkg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.rdf.DK;
import org.declkg.knowledge.ActClasses;
import org.apache.jena.vocabulary.ORG;
import org.declkg.rdf.Vocab.SCHEMA;

/** The facts of an extracted graph, in the categories of the gold files. */
final class ExtractedFacts {
    private final Model m;
    private final ActClasses actClasses;
    private final List<Fact> out = new ArrayList<>();

    private ExtractedFacts(Model m, ActClasses actClasses) {
        this.m = m;
        this.actClasses = actClasses;
    }

    static List<Fact> of(Model m, ActClasses actClasses) {
        ExtractedFacts x = new ExtractedFacts(m, actClasses);
        x.declarations();
        x.acts();
        x.documents();
        x.events();
        x.initiatives();
        x.memberships();
        return x.out;
    }

    private void declarations() {
        for (Resource d : m.listSubjectsWithProperty(RDF.type, DK.Declaration).toList()) {
            add("title", zh(d, DCTerms.title));
            add("date", string(d, DCTerms.date));
            add("place", zhLabel(object(d, SCHEMA.location)));
            add("organisation", zhLabel(object(d, DK.organisation)));
            add("body", zhLabel(object(d, DK.adoptedBy)));
        }
    }

    private void acts() {
        Map<String, Map<String, TreeSet<String>>> byCategory = new TreeMap<>();
        for (Resource act : m.listSubjectsWithProperty(RDF.type, DK.Act).toList()) {
            Resource o = object(act, DK.object);
            String label = o == null ? null : titleOrLabel(o);
            if (label == null) continue;
            for (Statement t : act.listProperties(RDF.type).toList()) {
                Resource c = t.getResource();
                ActClasses.ActClass actClass = c.getURI() != null && c.getURI().startsWith(DK.NS)
                        ? actClasses.named(c.getLocalName()) : null;
                if (actClass == null) continue;
                TreeSet<String> actors = byCategory.computeIfAbsent(actClass.direct().getLocalName(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(label, k -> new TreeSet<>());
                for (Statement a : act.listProperties(DK.actor).toList()) actors.add(actorKey(a.getResource()));
            }
        }
        for (String category : actClasses.directNames())
            byCategory.getOrDefault(category, Map.of()).forEach((label, actors) ->
                    out.add(new Fact(category, label, List.of(), Map.of("actors", String.join("|", actors)))));
    }

    private void documents() {
        Map<String, Map<String, String>> byTitle = new TreeMap<>();
        for (Resource d : m.listSubjectsWithProperty(RDF.type, DK.Document).toList()) {
            Map<String, String> a = byTitle.computeIfAbsent(zh(d, DCTerms.title), k -> new LinkedHashMap<>());
            put(a, "type", key(object(d, DK.documentType)));
            put(a, "date", string(d, DCTerms.date));
            put(a, "place", zhLabel(object(d, SCHEMA.location)));
        }
        byTitle.forEach((t, a) -> add("document", t, a));
    }

    private void events() {
        Map<String, Map<String, String>> byLabel = new TreeMap<>();
        for (Resource e : m.listSubjectsWithProperty(RDF.type, DK.Event).toList()) {
            Map<String, String> a = byLabel.computeIfAbsent(zhLabel(e), k -> new LinkedHashMap<>());
            put(a, "type", key(object(e, DK.eventType)));
            put(a, "start", string(e, SCHEMA.startDate));
            put(a, "end", string(e, SCHEMA.endDate));
            put(a, "place", zhLabel(object(e, SCHEMA.location)));
            put(a, "perpetrators", keys(e, DK.perpetrator));
            put(a, "targets", keys(e, DK.target));
        }
        byLabel.forEach((l, a) -> add("event", l, a));
    }

    private void initiatives() {
        Map<String, Map<String, String>> byLabel = new TreeMap<>();
        for (Resource i : m.listSubjectsWithProperty(RDF.type, DK.Initiative).toList()) {
            Map<String, String> a = byLabel.computeIfAbsent(zhLabel(i), k -> new LinkedHashMap<>());
            put(a, "type", key(object(i, DCTerms.type)));
            put(a, "proposer", keys(i, DK.proposedBy));
        }
        byLabel.forEach((l, a) -> add("initiative", l, a));
    }

    private void memberships() {
        for (Resource ms : m.listSubjectsWithProperty(RDF.type, ORG.Membership).toList()) {
            Resource state = object(ms, ORG.member), role = object(ms, ORG.role);
            if (state == null || role == null) continue;
            Map<String, String> a = new LinkedHashMap<>();
            put(a, "since", string(ms, SCHEMA.startDate));
            add("membership", key(state) + " " + key(role), a);
        }
    }

    private void add(String category, String label) { add(category, label, Map.of()); }

    private void add(String category, String label, Map<String, String> attributes) {
        if (label != null && !label.isEmpty()) out.add(new Fact(category, label, List.of(), attributes));
    }

    private static void put(Map<String, String> a, String key, String value) {
        if (value != null && !value.isEmpty()) a.putIfAbsent(key, value);
    }

    private String actorKey(Resource actor) {
        return actor.hasProperty(RDF.type, DK.MemberStates) || actor.getURI().contains("/group/") ? "members" : key(actor);
    }

    /** Known states and organisations by key; anything else by its Chinese label. */
    private String keys(Resource r, Property p) {
        TreeSet<String> out = new TreeSet<>();
        for (Statement s : r.listProperties(p).toList()) {
            Resource o = s.getResource();
            String iri = o.getURI();
            boolean known = iri != null && (iri.contains("/state/") || iri.contains("/organisation/"));
            out.add(known ? key(o) : zhLabel(o));
        }
        return String.join("|", out);
    }

    private static String key(Resource r) {
        if (r == null || r.getURI() == null) return null;
        String iri = r.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static Resource object(Resource s, Property p) {
        Statement st = s.getProperty(p);
        return st != null && st.getObject().isResource() ? st.getResource() : null;
    }

    private static String string(Resource s, Property p) {
        Statement st = s.getProperty(p);
        if (st == null) return null;
        RDFNode n = st.getObject();
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String titleOrLabel(Resource r) {
        String t = zh(r, DCTerms.title);
        return t != null ? t : zhLabel(r);
    }

    private static String zhLabel(Resource r) { return zh(r, RDFS.label); }

    /** The value in Simplified Chinese ({@code @zh}, not the {@code @zh-Hant} form), else any. */
    private static String zh(Resource r, Property p) {
        if (r == null) return null;
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) continue;
            if ("zh".equals(s.getLanguage())) return s.getString();
            if (any == null) any = s.getString();
        }
        return any;
    }
}
