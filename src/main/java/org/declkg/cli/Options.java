package org.declkg.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks of option values shared by the commands: a bad value is a usage error (exit 2) in one line. */
final class Options {
    private Options() {}

    static int atLeast(CommandSpec command, String option, int value, int min) {
        if (value < min) throw new ParameterException(command.commandLine(), option + " must be at least " + min + ", not " + value);
        return value;
    }

    static long atLeast(CommandSpec command, String option, long value, long min) {
        if (value < min) throw new ParameterException(command.commandLine(), option + " must be at least " + min + ", not " + value);
        return value;
    }
}
