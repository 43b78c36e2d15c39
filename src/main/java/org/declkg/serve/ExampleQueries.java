package org.declkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example queries packaged with declkg ({@code declkg/queries/NAME.rq}), in the order the
 * overview and the query page offer them; each begins with a comment line that says what it asks.
 */
final class ExampleQueries {
    static final List<String> NAMES = List.of("members", "condemned", "signed", "supporters", "state-acts", "wikidata-join",
            "wikidata-values", "label-lookup");

    private ExampleQueries() {}

    /** The text of an example query. */
    static String text(String name) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream("/declkg/queries/" + name + ".rq")) {
            if (in == null) throw new IllegalArgumentException("no example query " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a query asks: its first comment line. */
    static String title(String query) {
        String first = query.lines().findFirst().orElse("");
        return first.startsWith("#") ? first.substring(1).strip() : first;
    }
}
