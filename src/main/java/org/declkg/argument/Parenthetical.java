package org.declkg.argument;

import org.declkg.pipeline.DateMention;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Mention;
import org.declkg.pipeline.Ref;
import org.declkg.pipeline.Span;

/** What a parenthesis after a name says: "（2023年3月2日，明斯克）" → a date (or range) and a place. */
record Parenthetical(DateValue start, DateValue end, Ref place) {
    static final Parenthetical NONE = new Parenthetical(null, null, null);
    private static final Separators PIECES = Separators.of("，", "、");

    /** Reads the parenthesis {@code paren} (brackets included): its first date and its last place. */
    static Parenthetical read(ObjectText t, Span paren) {
        Span inner = new Span(paren.begin() + 1, paren.end() - 1);
        List<Ref> places = new ArrayList<>();
        for (Span piece : t.cut(inner, PIECES)) {
            if (!t.datesIn(piece).isEmpty()) continue;
            Ref known = null;
            for (Mention m : t.mentionsIn(piece)) if (ObjectText.isPlace(m)) known = t.ref(m);
            if (known != null) places.add(known);
            else if (t.of(piece).matches("\\p{IsHan}{2,12}")) places.add(ObjectText.unknownPlace(t.of(piece)));
        }
        List<DateMention> dates = t.datesIn(inner);
        DateMention d = dates.isEmpty() ? null : dates.get(0);
        return new Parenthetical(d == null ? null : d.start(), d == null ? null : d.end(),
                places.isEmpty() ? null : places.get(places.size() - 1));
    }
}
