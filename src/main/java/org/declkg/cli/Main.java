package org.declkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.declkg.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code declkg}: with no command, the main job (load the seeds, serve them); else one of the commands. */
@Command(name = "declkg", mixinStandardHelpOptions = true, version = "declkg 0.1.0",
        description = "Multilateral declarations as a linked-data knowledge graph.%n"
                + "With no command: load seeds/ into data/tdb2 and serve it on http://127.0.0.1:3030/.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, EvalCommand.class,
                DumpCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit statuses. */
    public static final int OK = 0, BAD_INPUT = 1, USAGE = 2, FAILURE = 3;

    @Option(names = {"-v", "--verbose"}, description = "More logging, and stack traces on errors.", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean v) {
        if (v) {
            System.setProperty("declkg.log", "DEBUG");
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.declkg", org.apache.logging.log4j.Level.DEBUG);
            // and the server's request log (one line per request)
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki", org.apache.logging.log4j.Level.INFO);
        }
        verbose = v;
    }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--base", description = "Base IRI of the data, ending in '/' (default ${DEFAULT-VALUE}).",
            defaultValue = Iris.DEFAULT_BASE, scope = CommandLine.ScopeType.INHERIT)
    void base(String base) {
        if (!base.endsWith("/"))
            throw new CommandLine.ParameterException(spec.commandLine(), "--base must end with '/': " + base);
        Iris.setBase(base);
    }

    static boolean verbose;

    public static void main(String[] args) {
        // HanLP and Jetty log through java.util.logging: send it to Log4j2 before anything logs.
        System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        System.setProperty("log4j2.julLoggerAdapter", "org.apache.logging.log4j.jul.CoreLoggerAdapter");
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main())
                .setParameterExceptionHandler((e, args2) -> {
                    // one line, as for bad input; --help gives the usage
                    e.getCommandLine().getErr().println("declkg: " + oneLine(e) + " (see --help)");
                    return USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("declkg: " + oneLine(e));
                    if (verbose) e.printStackTrace(cmd.getErr());
                    return FAILURE;
                })
                .setErr(new PrintWriter(System.err, true))
                .execute(args);
    }

    static String oneLine(Throwable e) {
        if (e instanceof java.io.UncheckedIOException u && u.getCause() != null) e = u.getCause();
        if (e instanceof java.nio.file.NoSuchFileException f) return f.getFile() + ": no such file or directory";
        if (e instanceof java.nio.file.AccessDeniedException f) return f.getFile() + ": permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null)
            return f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName());
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public Integer call() throws Exception {
        return new MainJob().call();
    }
}
