package org.declkg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the pinyin glosses some mirror sites inject after characters ("國(guó)家") or words
 * ("合作(hézuò)", "合作（hé zuò）"), when a text has enough of them to be such a page: a gloss is
 * syllables of Latin letters, with or without tone marks, in parentheses right after a Han character.
 */
final class GlossRemover {
    private static final String LOWER = "a-zü\\u00e0-\\u00fc\\u0101-\\u01dc";
    private static final String SYLLABLE = "[A-Z\\u00c0-\\u00dc\\u0100-\\u01db]?[" + LOWER + "]{1,6}";
    private static final Pattern GLOSS = Pattern.compile(
            "[(（](?<=\\p{IsHan}[(（])" + SYLLABLE + "(?:[ '’]?" + SYLLABLE + "){0,5}[)）]");
    private static final Pattern TONE = Pattern.compile("[\\u00e0-\\u00fc\\u0101-\\u01dc]");
    /** A neutral-tone syllable has no tone mark ("(de)"); a longer gloss without one may be the text's own ("(Covax)"). */
    private static final Pattern BARE_SYLLABLE = Pattern.compile("[(（][a-z]{1,6}[)）]");
    /** Fewer glosses than this (or none with a tone mark) are parentheses of the text itself ("(a)"). */
    private static final int MIN_GLOSSES = 3;

    TrackedText remove(TrackedText in) {
        String s = in.toString();
        Matcher m = GLOSS.matcher(s);
        int count = 0;
        boolean toned = false;
        while (m.find()) {
            count++;
            toned |= TONE.matcher(m.group()).find();
        }
        if (count < MIN_GLOSSES || !toned) return in;
        TrackedText out = new TrackedText(in.length());
        int last = 0;
        m.reset();
        while (m.find()) {
            if (!TONE.matcher(m.group()).find() && !BARE_SYLLABLE.matcher(m.group()).matches()) continue;
            out.append(in, last, m.start());
            last = m.end();
        }
        out.append(in, last, in.length());
        return out;
    }
}
