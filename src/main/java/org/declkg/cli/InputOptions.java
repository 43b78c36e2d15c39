package org.declkg.cli;

import org.declkg.input.TextReader;
import picocli.CommandLine.Option;

/** How input files are read and what counts as a declaration. */
final class InputOptions {
    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + TextReader.DEFAULT_MAX_BYTES,
            description = "Refuse input files larger than N bytes (default ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--allow-empty", description = "Accept a text in which no statement is found.")
    boolean allowEmpty;

    TextReader reader() { return new TextReader(maxBytes); }
}
