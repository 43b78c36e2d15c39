package org.declkg.argument;

import java.util.ArrayList;
import java.util.List;
import org.declkg.pipeline.DateValue;
import org.declkg.pipeline.Ref;

/** What a parenthesis after a name says: "（2025年6月19日，杜尚别）" → a date (or range) and a place. */
record Parenthetical(DateValue start, DateValue end, Ref place) {
    static final Parenthetical NONE = new Parenthetical(null, null, null);

    boolean isEmpty() { return start == null && place == null; }

    static Parenthetical of(List<DateMention> dates, List<Ref> places) {
        DateMention d = dates.isEmpty() ? null : dates.get(0);
        return new Parenthetical(d == null ? null : d.start(), d == null ? null : d.end(),
                places.isEmpty() ? null : places.get(places.size() - 1));
    }

    static List<Ref> none() { return new ArrayList<>(); }
}
