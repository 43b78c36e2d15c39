package org.declkg.argument;

import java.util.regex.Pattern;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.Grammar.Role;

/**
 * The number of a numbered document ("第2231（2015）号决议"): a number, with the year of the series in
 * parentheses, between the number prefix and suffix of {@code grammar.csv}. The normaliser has
 * folded full-width digits to ASCII already.
 */
final class DocumentNumber {
    private static final int MAX_HEAD = 4;
    /** The number alone, anywhere in a label. */
    final Pattern inLabel;
    /** The number and the head noun after it, in running text. */
    final Pattern inText;

    DocumentNumber(Grammar grammar) {
        String number = grammar.alternation(Role.NUMBER_PREFIX) + "[0-9/]+(?:[（(](\\d{4})[)）])?"
                + grammar.alternation(Role.NUMBER_SUFFIX);
        this.inLabel = Pattern.compile(number);
        this.inText = Pattern.compile(number + "\\p{IsHan}{1," + MAX_HEAD + "}");
    }

    boolean numbers(String label) { return inLabel.matcher(label).find(); }
}
