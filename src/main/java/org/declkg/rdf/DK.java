package org.declkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The declkg ontology ({@code ontology/declkg.ttl}) as constants; a test checks each one is declared there. */
public final class DK {
    public static final String NS = "https://w3id.org/declkg/ontology#";

    private DK() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    // Classes of things
    public static final Resource Declaration = cls("Declaration");
    public static final Resource State = cls("State");
    public static final Resource Document = cls("Document");
    public static final Resource Initiative = cls("Initiative");
    public static final Resource Event = cls("Event");
    public static final Resource Place = cls("Place");
    public static final Resource Body = cls("Body");
    public static final Resource MemberStates = cls("MemberStates");
    public static final Resource Proposition = cls("Proposition");

    // Acts
    public static final Resource Act = cls("Act");
    public static final Resource Signing = cls("Signing");
    public static final Resource Approval = cls("Approval");
    public static final Resource Adoption = cls("Adoption");
    public static final Resource Issuance = cls("Issuance");
    public static final Resource Condemnation = cls("Condemnation");
    public static final Resource Noting = cls("Noting");
    public static final Resource Welcoming = cls("Welcoming");
    public static final Resource Appreciation = cls("Appreciation");
    public static final Resource Support = cls("Support");
    public static final Resource Opposition = cls("Opposition");
    public static final Resource Call = cls("Call");
    public static final Resource Reaffirmation = cls("Reaffirmation");
    public static final Resource Statement = cls("Statement");

    // Act structure
    public static final Property actor = prop("actor");
    public static final Property object = prop("object");
    public static final Property declaration = prop("declaration");
    public static final Property verb = prop("verb");
    /** Links an act class to the direct property from the declaration to the act's object. */
    public static final Property directProperty = prop("directProperty");
    /** True for the act class of what no other act class covers. */
    public static final Property generic = prop("generic");
    /** Where an act class stands in lists of act classes. */
    public static final Property displayOrder = prop("displayOrder");

    // Direct properties, declaration → object
    public static final Property signs = prop("signs");
    public static final Property approves = prop("approves");
    public static final Property adopts = prop("adopts");
    public static final Property issues = prop("issues");
    public static final Property condemns = prop("condemns");
    public static final Property notes = prop("notes");
    public static final Property welcomes = prop("welcomes");
    public static final Property appreciates = prop("appreciates");
    public static final Property supports = prop("supports");
    public static final Property opposes = prop("opposes");
    public static final Property callsFor = prop("callsFor");
    public static final Property reaffirms = prop("reaffirms");
    public static final Property states = prop("states");

    // Objects
    public static final Property documentType = prop("documentType");
    public static final Property eventType = prop("eventType");
    public static final Property proposedBy = prop("proposedBy");
    public static final Property perpetrator = prop("perpetrator");
    public static final Property target = prop("target");
    public static final Property mentions = prop("mentions");

    // Declarations, organisations, groups
    public static final Property organisation = prop("organisation");
    public static final Property adoptedBy = prop("adoptedBy");
    public static final Property groupOf = prop("groupOf");
    public static final Property wikidata = prop("wikidata");

    // The text and how the graph was made
    /** The number the text gives a paragraph ("1", "三", "1.2"), as written before it on its line. */
    public static final Property paragraphNumber = prop("paragraphNumber");
    /** The number of the numbered heading ("三", "一、…") a paragraph stands under. */
    public static final Property sectionNumber = prop("sectionNumber");
    /** The file a declaration was read from. */
    public static final Resource SourceFile = cls("SourceFile");
    public static final Property fileName = prop("fileName");
    public static final Property byteSize = prop("byteSize");
    public static final Property sha256 = prop("sha256");
    public static final Property encoding = prop("encoding");
    /** The git commit declkg was built from. */
    public static final Property commit = prop("commit");
}
