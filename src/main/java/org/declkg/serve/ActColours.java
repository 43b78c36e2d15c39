package org.declkg.serve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.declkg.knowledge.ActClasses;

/**
 * A colour for each act class of the ontology, in its display order, written as a style sheet of
 * {@code [data-act-class=…]} rules. The pages carry no inline styles, so their Content-Security-Policy
 * can forbid them; a class added to the ontology gets a colour without an edit here.
 */
final class ActColours {
    /** Twelve colours that tell classes apart (ColorBrewer's Set3); hues around the wheel for any more. */
    private static final List<String> PALETTE = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
            "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");

    private ActColours() {}

    static Map<String, String> of(ActClasses classes) {
        Map<String, String> out = new LinkedHashMap<>();
        List<ActClasses.ActClass> all = classes.all();
        for (int i = 0; i < all.size(); i++)
            out.put(all.get(i).name(), i < PALETTE.size() ? PALETTE.get(i)
                    : "hsl(" + String.format(Locale.ROOT, "%.0f", (i - PALETTE.size()) * 137.5 % 360) + ", 70%, 80%)");
        return out;
    }

    /** The style sheet; a class whose local name is not a plain identifier keeps the default colour. */
    static String css(ActClasses classes) {
        StringBuilder b = new StringBuilder("/* act class colours, from the ontology's display order */\n");
        of(classes).forEach((name, colour) -> {
            if (name.matches("[A-Za-z][A-Za-z0-9_-]*"))
                b.append("[data-act-class=\"").append(name).append("\"] { --act: ").append(colour).append("; }\n");
        });
        return b.toString();
    }
}
