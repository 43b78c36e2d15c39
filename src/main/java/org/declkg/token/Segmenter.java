package org.declkg.token;

import org.declkg.knowledge.Gazetteer;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.declkg.pipeline.EntityKind;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Token;

/**
 * HanLP word segmentation and tagging, with every gazetteer name in its custom dictionary so that
 * known names come out as one word with the right tag.
 */
public final class Segmenter {
    private static final Object INIT = new Object();
    private static boolean quiet;

    /** HanLP segments keep per-call state, so each thread has its own; the custom dictionary is shared. */
    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(Segmenter::configured);

    /** The one configuration declkg uses: places and organisations recognised, person names not (declarations name none). */
    public static Segment configured() {
        return HanLP.newSegment().enableOffset(true).enableNameRecognize(false)
                .enablePlaceRecognize(true).enableOrganizationRecognize(true);
    }

    public Segmenter(Gazetteer gazetteer) {
        synchronized (INIT) {
            if (!quiet) {
                Predefine.logger.setLevel(Level.OFF);
                HanLP.Config.enableDebug(false);
                quiet = true;
            }
            for (Map.Entry<String, Gazetteer.Entry> e : gazetteer.names().entrySet())
                CustomDictionary.insert(e.getKey(), tagOf(e.getValue().kind()) + " 1024");
        }
    }

    private static String tagOf(EntityKind kind) {
        return switch (kind) {
            case STATE, PLACE -> "ns";
            case ORGANISATION, BODY -> "nt";
            default -> "n";
        };
    }

    /** Tokens of one sentence, with offsets shifted by {@code base}. */
    public List<Token> tokens(String sentence, int base) {
        List<Term> terms = segment.get().seg(sentence);
        List<Token> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            int b = base + t.offset;
            out.add(new Token(new Span(b, b + t.word.length()), t.word, String.valueOf(t.nature)));
        }
        return out;
    }
}
