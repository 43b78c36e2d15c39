package org.declkg.graph;

import com.hankcs.hanlp.HanLP;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * Labels in the script the declaration was written in. The stages read Simplified characters; a text
 * written in Traditional ones gets every label twice, {@code @zh} in Simplified and {@code @zh-Hant}
 * as the text writes it (each character as the text has it where it occurs there, else HanLP's
 * conversion of the label).
 */
final class WrittenForm {
    static final String SIMPLIFIED = "zh";
    static final String TRADITIONAL = "zh-Hant";
    /** Fewer simplified characters than this are quotations in a Simplified text, not a Traditional text. */
    private static final int MIN_CHANGED = 5;

    private final Map<Character, Character> traditionalOf = new HashMap<>();
    private final boolean traditional;
    private final String text, written;

    WrittenForm(String text, String written) {
        this.text = text;
        this.written = written;
        int changed = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == written.charAt(i)) continue;
            traditionalOf.putIfAbsent(text.charAt(i), written.charAt(i));
            changed++;
        }
        traditional = changed >= MIN_CHANGED;
    }

    /** The label as the text writes it (where the text has it), or would write it; null when that is the label itself. */
    String of(String label) {
        if (!traditional) return null;
        int at = label.isEmpty() ? -1 : text.indexOf(label);
        if (at >= 0) {
            String out = written.substring(at, at + label.length());
            return out.equals(label) ? null : out;
        }
        String converted = HanLP.convertToTraditionalChinese(label);
        if (converted.length() != label.length()) converted = label;
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) b.append(traditionalOf.getOrDefault(label.charAt(i), converted.charAt(i)));
        String out = b.toString();
        return out.equals(label) ? null : out;
    }

    /** Adds {@code label} in Simplified characters and, where it differs, as the text writes it. */
    Resource label(Resource r, Property p, String label) {
        r.addProperty(p, label, SIMPLIFIED);
        String written = of(label);
        if (written != null) r.addProperty(p, written, TRADITIONAL);
        return r;
    }
}
