package org.declkg.cli;

import org.declkg.input.TextReader;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How input files are read and what counts as a declaration. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private long maxBytes = TextReader.DEFAULT_MAX_BYTES;

    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Refuse input files larger than N bytes (default " + TextReader.DEFAULT_MAX_BYTES + ").")
    void maxBytes(long n) {
        if (n < 1 || n > TextReader.MAX_LIMIT)
            throw new ParameterException(command.commandLine(), "--max-bytes must be between 1 and " + TextReader.MAX_LIMIT + ", not " + n);
        maxBytes = n;
    }

    @Option(names = "--allow-empty", description = "Accept a text in which no statement is found.")
    boolean allowEmpty;

    TextReader reader() { return new TextReader(maxBytes); }
}
