package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.declkg.Fixtures;
import org.declkg.knowledge.ActClasses;
import org.junit.jupiter.api.Test;

/** Each act class of the ontology, a colour of its own, as rules of a style sheet. */
class ActColoursTest {
    @Test
    void everyActClassGetsADistinctColourRule() {
        ActClasses classes = new ActClasses(Fixtures.kb());
        String css = ActColours.css(classes);
        assertEquals(classes.all().size(), css.lines().filter(l -> l.startsWith("[data-act-class=")).count(), css);
        assertTrue(css.contains("[data-act-class=\"" + classes.all().get(0).name() + "\"] { --act: #8dd3c7; }"), css);
        assertEquals(classes.all().size(), new HashSet<>(ActColours.of(classes).values()).size(), "no two classes alike");
    }
}
