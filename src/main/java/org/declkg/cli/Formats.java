package org.declkg.cli;

import java.util.List;
import org.declkg.publish.DataFormat;

/** The RDF formats the command line writes, by their short names. */
final class Formats {
    private Formats() {}

    static DataFormat parse(String name) {
        DataFormat f = DataFormat.byName(name);
        if (f == null)
            throw new IllegalArgumentException("unknown format '" + name + "': use " + DataFormat.names(List.of(DataFormat.values())));
        return f;
    }
}
