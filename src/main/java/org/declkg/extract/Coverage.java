package org.declkg.extract;

import java.util.List;
import org.declkg.knowledge.ActLexicon;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Sentence;

/**
 * What the extraction took of a text: of its sentences (the title and the closing dateline aside), how many gave statements, and how many have a
 * statement verb of the lexicon yet gave none (a subject not recognised, a third party's statement, a
 * form the readers miss), so that a user sees what was not taken.
 */
public record Coverage(int sentences, int withActs, int untaken) {
    public static final Coverage UNKNOWN = new Coverage(0, 0, 0);

    static Coverage of(Annotation doc, ActLexicon lexicon) {
        String text = doc.text();
        List<Act> acts = doc.acts();
        int sentences = 0, withActs = 0, untaken = 0;
        for (Sentence s : doc.sentences()) {
            if (isHeading(doc, s)) continue;
            sentences++;
            if (acts.stream().anyMatch(a -> s.span().overlaps(a.clause()))) withActs++;
            else if (hasStatementVerb(text, s, lexicon)) untaken++;
        }
        return new Coverage(sentences, withActs, untaken);
    }

    /** The title and the closing dateline say what the declaration is, not what it states. */
    private static boolean isHeading(Annotation doc, Sentence s) {
        var h = doc.header();
        return h != null && (h.title() != null && h.title().contains(s.span()) || h.dateline() != null && h.dateline().contains(s.span()));
    }

    private static boolean hasStatementVerb(String text, Sentence s, ActLexicon lexicon) {
        for (int i = s.span().begin(); i < s.span().end(); i++) {
            ActLexicon.Verb v = lexicon.verbAt(text, i);
            if (v != null && v.reported()) return true;
        }
        return false;
    }

    /** "61 of 80 sentences gave statements; 5 with a statement verb gave none". */
    public String describe() {
        return withActs + " of " + sentences + " sentences gave statements; " + untaken + " with a statement verb gave none";
    }
}
