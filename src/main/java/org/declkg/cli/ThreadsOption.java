package org.declkg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --threads N}: how many texts are extracted at once; all cores unless said. */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads, at least 1 (default: all cores).")
    void threads(int n) { threads = Options.atLeast(command, "--threads", n, 1); }

    int threads() { return threads; }
}
