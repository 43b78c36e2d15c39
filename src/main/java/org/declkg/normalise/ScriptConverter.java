package org.declkg.normalise;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional characters to Simplified, with HanLP's own tables, one character for one so that
 * offsets hold: the stages and the knowledge base read Simplified, and the written form of each
 * character stays in the text for labels in the source's script.
 */
final class ScriptConverter {
    void simplify(TrackedText t) {
        String text = t.toString();
        String simplified = HanLP.convertToSimplifiedChinese(text);
        if (simplified.equals(text)) return;
        if (simplified.length() == text.length()) {
            for (int i = 0; i < text.length(); i++)
                if (simplified.charAt(i) != text.charAt(i)) t.simplify(i, simplified.charAt(i));
            return;
        }
        // A phrase of the table changed the length: character by character instead.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Chars.isHan(c)) continue;
            String s = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            if (s.length() == 1 && s.charAt(0) != c) t.simplify(i, s.charAt(0));
        }
    }
}
