package org.declkg.knowledge;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers written with the numerals of {@code numerals.csv}: digit by digit (二〇二五 = 2025) or with
 * multipliers (二十八 = 28, 一百零三 = 103). ASCII digits are numbers too.
 */
public final class Numerals {
    private final Map<Character, Integer> values = new HashMap<>();
    private final String characters;
    private final BitSet digits = new BitSet();

    public Numerals(KnowledgeBase kb) {
        StringBuilder chars = new StringBuilder();
        for (Map<String, String> row : kb.rows("numerals.csv")) {
            char c = row.get("numeral").charAt(0);
            values.put(c, Integer.parseInt(row.get("value")));
            chars.append(c);
        }
        characters = chars.toString();
        for (int i = 0; i < characters.length(); i++) digits.set(characters.charAt(i));
        digits.set('0', '9' + 1);
    }

    /** The numerals as the inside of a regular-expression character class. */
    public String characterClass() { return Pattern.quote(characters).replace("\\Q", "").replace("\\E", ""); }

    /** Whether every character of {@code s} is a numeral or an ASCII digit. */
    public boolean isNumber(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!isDigit(s.charAt(i))) return false;
        return true;
    }

    /** Whether {@code c} is a numeral or an ASCII digit. */
    public boolean isDigit(char c) { return digits.get(c); }

    /** The value of a number, or -1 when {@code s} is not one. */
    public int value(String s) {
        if (!isNumber(s)) return -1;
        if (s.chars().allMatch(c -> c >= '0' && c <= '9')) return s.length() > 9 ? -1 : Integer.parseInt(s);
        boolean positional = s.chars().noneMatch(c -> values.getOrDefault((char) c, 0) >= 10);
        if (positional) { // 二〇二五
            if (s.length() > 9) return -1;
            int v = 0;
            for (char c : s.toCharArray()) v = v * 10 + digit(c);
            return v;
        }
        int total = 0, current = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 10) {
                total += (current == 0 ? 1 : current) * d; // 十二 = 12: a multiplier alone counts once
                current = 0;
            } else {
                current = d;
            }
        }
        return total + current;
    }

    private int digit(char c) { return c >= '0' && c <= '9' ? c - '0' : values.get(c); }
}
