package org.declkg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --batch N}: declarations stored per write transaction. */
final class BatchOption {
    static final int DEFAULT = 50;

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private int batch = DEFAULT;

    @Option(names = "--batch", paramLabel = "N",
            description = "Declarations stored per write transaction, at least 1 (default " + DEFAULT + "); each stays all-or-nothing.")
    void batch(int n) { batch = Options.atLeast(command, "--batch", n, 1); }

    int batch() { return batch; }
}
