package org.declkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.Test;

/** The one table of RDF formats agrees with Jena's own registry, and finds a format by each of its names. */
class DataFormatTest {
    @Test
    void mediaTypesExtensionsAndLanguagesAreJenasOwn() {
        for (DataFormat f : DataFormat.values()) {
            assertEquals(f.lang(), RDFLanguages.contentTypeToLang(f.mediaType()), f.name());
            assertEquals(f.lang(), RDFLanguages.filenameToLang("x" + f.extension()), f.name());
            assertEquals(f.lang(), f.streaming().getLang(), f.name());
            assertEquals(f.lang(), f.pretty().getLang(), f.name());
            assertEquals(f, DataFormat.byName(f.shortName().toUpperCase()));
            assertEquals(f, DataFormat.byMediaType(f.mediaType() + "; charset=utf-8"));
            assertEquals(f, DataFormat.byLabel(f.label()));
        }
        assertEquals(DataFormat.TURTLE, DataFormat.byName("turtle"));
        assertEquals(DataFormat.JSONLD, DataFormat.byName("json-ld"));
        assertNull(DataFormat.byName("docx"));
        assertNull(DataFormat.byMediaType("text/html"));
        assertEquals("ttl, trig or nt", DataFormat.names(java.util.List.of(DataFormat.TURTLE, DataFormat.TRIG, DataFormat.NTRIPLES)));
    }
}
