package org.declkg.graph;

import org.apache.jena.vocabulary.ORG;
import org.declkg.rdf.DK;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Literals;
import org.declkg.rdf.Prefixes;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.knowledge.ActClasses;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.knowledge.Memberships;
import org.declkg.knowledge.Numerals;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Actor;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Header;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.MembershipStatement;
import org.declkg.pipeline.Stage;
import org.declkg.rdf.Vocab.PROV;
import org.declkg.rdf.Vocab.SCHEMA;
import org.declkg.knowledge.Gazetteer;

/** The annotation as RDF: the declaration, its statements with provenance, and the things they are about. */
public final class GraphBuilder implements Stage {
    /** The role key (roles.csv) of full members, who are also {@code org:hasMember} of the organisation. */
    public static final String MEMBER_ROLE = "member";

    private final Gazetteer gazetteer;
    private final Memberships memberships;
    private final ActClasses actClasses;
    private final Numerals numerals;
    private final String membersLabel, participantsLabel;
    private final Iris iris;

    public GraphBuilder(Gazetteer gazetteer, Memberships memberships, ActClasses actClasses, Grammar grammar, Numerals numerals,
                        Iris iris) {
        this.iris = iris;
        this.numerals = numerals;
        this.membersLabel = grammar.word(Role.MEMBERS_LABEL);
        this.participantsLabel = grammar.word(Role.PARTICIPANTS_LABEL);
        this.gazetteer = gazetteer;
        this.memberships = memberships;
        this.actClasses = actClasses;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.HEADER, Layer.ACTS, Layer.ARGUMENTS, Layer.MEMBERSHIPS);
    }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.GRAPH); }

    @Override
    public void annotate(Annotation doc) {
        Model m = ModelFactory.createModelForGraph(GraphMemFactory.createDefaultGraphSameTerm());
        m.setNsPrefixes(Prefixes.all(iris));
        Header h = doc.header();
        String key = declarationKey(doc);
        WrittenForm written = new WrittenForm(doc.text(), doc.written());
        KnownEntities entities = new KnownEntities(m, iris, written, gazetteer);
        Resource decl = m.createResource(iris.of("declaration", key), DK.Declaration);
        String title = h.title() != null ? doc.cover(h.title()) : doc.source();
        written.label(written.label(decl, DCTerms.title, title), RDFS.label, title);
        decl.addProperty(DCTerms.language, "zh");
        if (h.date() != null) decl.addProperty(DCTerms.date, Literals.date(h.date()));
        if (h.place() != null) decl.addProperty(SCHEMA.location, entities.place(h.place()));
        if (h.organisationKey() != null) {
            Resource org = entities.known(EntityKind.ORGANISATION, h.organisationKey());
            if (h.organisationLabel() != null) written.label(org, RDFS.label, h.organisationLabel());
            decl.addProperty(DK.organisation, org);
        }
        if (h.bodyKey() != null) decl.addProperty(DK.adoptedBy, entities.known(EntityKind.BODY, h.bodyKey()));

        NifContext nif = new NifContext(m, iris, key, doc, numerals);
        decl.addProperty(PROV.wasDerivedFrom, nif.context());
        Provenance.record(m, iris, key, decl, nif.context(), doc.sourceFile(), doc.started());

        Things things = new Things(m, iris, gazetteer, key, entities::place, written);
        for (Argument e : doc.entities()) things.resource(e);
        Map<Actor, Resource> actors = new HashMap<>();
        for (Act act : doc.acts()) {
            ActClasses.ActClass actClass = actClasses.named(act.actClass());
            if (actClass == null) throw new IllegalStateException("act class not in the ontology: " + act.actClass());
            Resource anchor = nif.anchor(act.clause());
            for (Argument object : doc.objectsOf(act)) {
                Resource o = things.resource(object);
                Resource a = m.createResource(iris.of("act", key + "-" + Iris.hashKey(
                        act.actClass() + "|" + act.clause().begin() + "|" + o.getURI())));
                a.addProperty(RDF.type, actClass.type()).addProperty(RDF.type, DK.Act)
                        .addProperty(DK.declaration, decl).addProperty(DK.object, o)
                        .addProperty(DK.verb, doc.cover(act.verb()), "zh")
                        .addProperty(PROV.wasDerivedFrom, anchor);
                for (Actor actor : act.actors())
                    a.addProperty(DK.actor, actors.computeIfAbsent(actor, x -> actor(m, written, entities, key, x, h)));
                decl.addProperty(actClass.direct(), o);
            }
        }
        if (h.organisationKey() != null)
            for (Memberships.Membership known : memberships.of(h.organisationKey(), h.date() == null ? null : h.date().iso()))
                if (MEMBER_ROLE.equals(known.role())) // a date the text gives comes before the knowledge base's
                    knownMembership(m, entities, known, doc.memberships().stream().anyMatch(ms -> sameMembership(ms, known) && ms.since() != null));

        for (MembershipStatement ms : doc.memberships()) membership(m, entities, nif, ms);
        doc.setGraph(decl.getURI(), m);
    }

    private static boolean sameMembership(MembershipStatement said, Memberships.Membership known) {
        return said.stateKey().equals(known.state()) && said.organisationKey().equals(known.organisation())
                && said.roleKey().equals(known.role());
    }

    /** A membership of the knowledge base in force on the declaration's date: same IRI as in the world graph. */
    private void knownMembership(Model m, KnownEntities entities, Memberships.Membership k, boolean textGivesSince) {
        Resource org = entities.known(EntityKind.ORGANISATION, k.organisation());
        Resource state = entities.known(EntityKind.STATE, k.state());
        Resource ms = m.createResource(iris.of("membership", k.organisation() + "-" + k.state() + "-" + k.role()),
                        ORG.Membership)
                .addProperty(ORG.member, state).addProperty(ORG.organization, org)
                .addProperty(ORG.role, m.createResource(iris.of("role", k.role())));
        DateValue since = WorldGraph.parse(k.since());
        if (since != null && !textGivesSince) ms.addProperty(SCHEMA.startDate, Literals.date(since));
        if (MEMBER_ROLE.equals(k.role())) org.addProperty(ORG.hasMember, state);
    }

    private void membership(Model m, KnownEntities entities, NifContext nif, MembershipStatement ms) {
        Resource org = entities.known(EntityKind.ORGANISATION, ms.organisationKey());
        Resource state = entities.known(EntityKind.STATE, ms.stateKey());
        Resource membership = m.createResource(iris.of("membership", ms.organisationKey() + "-" + ms.stateKey() + "-"
                        + ms.roleKey()), ORG.Membership)
                .addProperty(ORG.member, state).addProperty(ORG.organization, org)
                .addProperty(ORG.role, m.createResource(iris.of("role", ms.roleKey())))
                .addProperty(PROV.wasDerivedFrom, nif.anchor(ms.span()));
        if (ms.since() != null) membership.addProperty(SCHEMA.startDate, Literals.date(ms.since()));
        if (MEMBER_ROLE.equals(ms.roleKey())) org.addProperty(ORG.hasMember, state);
    }

    /** Stable: the same organisation, date and title give the same key. */
    private static String declarationKey(Annotation doc) {
        Header h = doc.header();
        String title = h.title() != null ? doc.cover(h.title()) : doc.text();
        if (h.organisationKey() == null || h.date() == null) return Iris.hashKey(title);
        return h.organisationKey() + "-" + h.date().iso() + "-" + Iris.hashKey(title).substring(0, 8);
    }

    private Resource actor(Model m, WrittenForm written, KnownEntities entities, String declarationKey, Actor a, Header h) {
        if (a.kind() == Actor.Kind.STATE) return entities.known(EntityKind.STATE, a.key());
        if (a.key() == null) { // the text never names its organisation: a summit of the states it names
            Resource group = m.createResource(iris.of("group", declarationKey + "-members"), DK.MemberStates);
            if (h.participants().isEmpty()) return written.label(group, RDFS.label, membersLabel);
            written.label(group, RDFS.label, participantsLabel).addProperty(RDFS.label, "the participating states", "en");
            for (String state : h.participants()) group.addProperty(ORG.hasMember, entities.known(EntityKind.STATE, state));
            return group;
        }
        String unknownName = h.organisationLabel();
        Resource org = entities.known(EntityKind.ORGANISATION, a.key());
        Resource group = m.createResource(iris.of("group", a.key() + "-members"), DK.MemberStates)
                .addProperty(DK.groupOf, org);
        Gazetteer.Entry e = gazetteer.entry(EntityKind.ORGANISATION, a.key());
        String name = e != null ? e.labelZh() : unknownName;
        if (name != null) written.label(group, RDFS.label, name + membersLabel);
        return group;
    }
}
