package org.declkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --db DIR}: the TDB2 store a command works on. */
final class DbOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 database folder (load creates it when missing).")
    Path db;

    /** The folder, or a usage error when the command needs one and none was given. */
    Path required() {
        if (db == null) throw new ParameterException(command.commandLine(), "Missing required option: '--db=DIR'");
        return db;
    }

    boolean given() { return db != null; }
}
