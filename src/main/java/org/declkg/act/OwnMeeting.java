package org.declkg.act;

import java.util.List;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Sentence;
import org.declkg.pipeline.Span;

/**
 * Whether "the meeting" (会议 as a subject) is the declaration's own meeting, whose statements are the
 * declaration's, or another one just named ("…首次领导人会议成功举行。会议发表了《X》": that meeting
 * issued X, in the past). It refers to the last meeting named before it: the declaration's own when
 * that one is named in the opening or its name is part of the title, or when none is named at all.
 */
final class OwnMeeting {
    /** How far back a named meeting is looked for. */
    private static final int LOOK_BACK = 300;
    /** How many characters of a meeting's name before its noun are compared with the title. */
    private static final int NAME_TAIL = 4;

    private final List<String> nouns;

    OwnMeeting(Grammar grammar) { this.nouns = grammar.words(Role.MEETING_NOUN); }

    boolean at(Annotation doc, int pos) {
        String text = doc.text();
        Span title = doc.header() == null ? null : doc.header().title();
        String titleText = title == null ? "" : doc.cover(title);
        int openingEnd = openingEnd(doc, title == null ? 0 : title.end());
        int stop = Math.max(title == null ? 0 : title.end(), pos - LOOK_BACK);
        for (int end = pos; end > stop; end--) {
            String noun = nounEndingAt(text, end);
            if (noun == null) continue;
            int begin = end - noun.length(), nameBegin = begin;
            while (nameBegin > 0 && begin - nameBegin < NAME_TAIL && Character.isLetter(text.charAt(nameBegin - 1))) nameBegin--;
            if (nameBegin == begin) { // a bare "会议": itself a reference, look further back
                end = begin + 1;
                continue;
            }
            return begin < openingEnd || titleText.contains(text.substring(nameBegin, end));
        }
        return true;
    }

    private String nounEndingAt(String text, int end) {
        for (String n : nouns) if (end >= n.length() && text.startsWith(n, end - n.length())) return n;
        return null;
    }

    /** The end of the first sentence after the title: the opening, which names the declaration's meeting. */
    private static int openingEnd(Annotation doc, int from) {
        for (Sentence s : doc.sentences()) if (s.span().begin() >= from) return s.span().end();
        return from;
    }
}
