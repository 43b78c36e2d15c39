package org.declkg.graph;

import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Literals;
import org.declkg.rdf.Prefixes;
import org.declkg.rdf.Vocab;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.pipeline.DateValue;
import org.apache.jena.vocabulary.ORG;
import org.declkg.rdf.Vocab.SCHEMA;

/**
 * What declkg knows of the world, as RDF: organisations and their bodies, states, places, who is a
 * member of what since when, and the SKOS schemes of document, event and initiative types and roles.
 */
public final class WorldGraph {
    private WorldGraph() {}

    public static Model build(KnowledgeBase kb, Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.all(iris));
        String members = new Grammar(kb).word(Role.MEMBERS_LABEL);
        for (Map<String, String> row : kb.rows("organisations.csv")) {
            Resource org = named(m, row, iris.of("organisation", row.get("key")), ORG.Organization);
            m.createResource(iris.of("group", row.get("key") + "-members"), DK.MemberStates)
                    .addProperty(DK.groupOf, org)
                    .addProperty(RDFS.label, row.get("label_zh") + members, "zh")
                    .addProperty(RDFS.label, "Member states of " + row.get("label_en"), "en");
        }
        for (Map<String, String> row : kb.rows("states.csv")) named(m, row, iris.of("state", row.get("key")), DK.State);
        for (Map<String, String> row : kb.rows("places.csv")) named(m, row, iris.of("place", row.get("key")), DK.Place);
        for (Map<String, String> row : kb.rows("bodies.csv"))
            named(m, row, iris.of("body", row.get("key")), DK.Body)
                    .addProperty(ORG.subOrganizationOf, m.createResource(iris.of("organisation", row.get("organisation"))));
        for (Map<String, String> row : kb.rows("memberships.csv")) membership(m, iris, row);
        scheme(m, iris, kb, "document-types.csv", "document-type");
        scheme(m, iris, kb, "event-types.csv", "event-type");
        scheme(m, iris, kb, "initiative-types.csv", "initiative-type");
        for (Map<String, String> row : kb.rows("roles.csv")) {
            Resource role = m.createResource(iris.of("role", row.get("key")), SKOS.Concept)
                    .addProperty(SKOS.inScheme, m.createResource(iris.of("scheme", "role")))
                    .addProperty(SKOS.prefLabel, row.get("label_en"), "en")
                    .addProperty(SKOS.prefLabel, row.get("label_zh"), "zh");
            for (String alias : KnowledgeBase.values(row.get("aliases_zh"))) role.addProperty(SKOS.altLabel, alias, "zh");
        }
        return m;
    }

    private static Resource named(Model m, Map<String, String> row, String iri, Resource type) {
        Resource r = m.createResource(iri, type);
        if (!row.get("label_zh").isEmpty()) r.addProperty(RDFS.label, row.get("label_zh"), "zh");
        if (!row.getOrDefault("label_en", "").isEmpty()) r.addProperty(RDFS.label, row.get("label_en"), "en");
        for (String alias : KnowledgeBase.values(row.get("aliases_zh"))) r.addProperty(SKOS.altLabel, alias, "zh");
        String qid = row.getOrDefault("qid", "");
        if (!qid.isEmpty()) r.addProperty(OWL.sameAs, Vocab.wikidata(qid));
        return r;
    }

    private static void membership(Model m, Iris iris, Map<String, String> row) {
        Resource org = m.createResource(iris.of("organisation", row.get("organisation")));
        Resource state = m.createResource(iris.of("state", row.get("state")));
        Resource ms = m.createResource(iris.of("membership", row.get("organisation") + "-" + row.get("state") + "-"
                        + row.get("role")), ORG.Membership)
                .addProperty(ORG.member, state).addProperty(ORG.organization, org)
                .addProperty(ORG.role, m.createResource(iris.of("role", row.get("role"))));
        DateValue since = parse(row.get("since"));
        if (since != null) ms.addProperty(SCHEMA.startDate, Literals.date(since));
        DateValue until = parse(row.get("until"));
        if (until != null) ms.addProperty(SCHEMA.endDate, Literals.date(until));
        if (GraphBuilder.MEMBER_ROLE.equals(row.get("role")) && until == null) org.addProperty(ORG.hasMember, state);
    }

    /** 2001, 2001-06 or 2001-06-15 as a date value; null when empty. */
    static DateValue parse(String s) {
        if (s == null || s.isBlank()) return null;
        String[] p = s.strip().split("-");
        int y = Integer.parseInt(p[0]);
        if (p.length == 1) return DateValue.ofYear(y);
        if (p.length == 2) return DateValue.ofMonth(y, Integer.parseInt(p[1]));
        return DateValue.of(y, Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }

    private static void scheme(Model m, Iris iris, KnowledgeBase kb, String file, String kind) {
        Resource scheme = m.createResource(iris.of("scheme", kind), SKOS.ConceptScheme);
        for (Map<String, String> row : kb.rows(file)) {
            Resource c = m.createResource(iris.of(kind, row.get("type")), SKOS.Concept)
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.altLabel, row.get("head_zh"), "zh");
            if (!c.hasProperty(SKOS.prefLabel)) c.addProperty(SKOS.prefLabel, row.get("label_en"), "en");
        }
    }
}
