package org.declkg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.declkg.rdf.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code declkg}: with no command, the main job (load the seeds, serve them); else one of the commands. */
@Command(name = "declkg", mixinStandardHelpOptions = true, version = "declkg 0.1.0",
        description = "Multilateral declarations as a linked-data knowledge graph.%n"
                + "With no command: load seeds/ into data/tdb2 and serve it on http://127.0.0.1:3030/.",
        subcommands = {ExtractCommand.class, LoadCommand.class, ServeCommand.class, EvalCommand.class,
                DumpCommand.class, BenchCommand.class})
public final class Main implements Callable<Integer> {
    /** Exit statuses. */
    public static final int OK = 0, BAD_INPUT = 1, USAGE = 2, FAILURE = 3;

    @Spec CommandSpec command;

    @Option(names = {"-v", "--verbose"}, description = "More logging, and stack traces on errors.", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean v) {
        if (v) {
            System.setProperty("declkg.log", "DEBUG");
            // the log as it comes, stack traces whole, instead of one line per event
            System.setProperty("declkg.log.pattern", "%d{HH:mm:ss} %-5level %c{1} - %msg%n");
            org.apache.logging.log4j.core.config.Configurator.reconfigure();
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.declkg", org.apache.logging.log4j.Level.DEBUG);
            // and the server's request log (one line per request)
            org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.fuseki", org.apache.logging.log4j.Level.INFO);
        }
        verbose = v;
    }

    private Iris iris = Iris.DEFAULT;

    @Option(names = "--base", description = "Base IRI of the data: absolute, ending with '/' (default ${DEFAULT-VALUE}).",
            defaultValue = Iris.DEFAULT_BASE, scope = CommandLine.ScopeType.INHERIT)
    void base(String base) {
        String problem = BaseIri.problem(base);
        if (problem != null) throw new ParameterException(command.commandLine(), "--base " + problem);
        iris = new Iris(base);
    }

    /**
     * The data IRIs of this run, under {@code --base}: the commands (each a {@code @ParentCommand} of
     * this one) take them from here, whether the option came before the command or after it.
     */
    Iris iris() { return iris; }

    static boolean verbose;

    public static void main(String[] args) {
        // HanLP and Jetty log through java.util.logging: send it to Log4j2 before anything logs.
        System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
        System.setProperty("log4j2.julLoggerAdapter", "org.apache.logging.log4j.jul.CoreLoggerAdapter");
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main())
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getErr()))
                // A wrong command line is one line too; --help has the rest.
                .setParameterExceptionHandler((e, parsed) -> {
                    e.getCommandLine().getErr().println("declkg: " + Stderr.escape(firstLine(e.getMessage()))
                            + " (see: declkg " + commandName(e.getCommandLine()) + "--help)");
                    return USAGE;
                })
                .setErr(new PrintWriter(System.err, true));
        try {
            return cli.execute(args);
        } catch (Throwable e) { // an Error (a disk that filled under a memory-mapped write, say) escapes picocli
            return failed(e, cli.getErr());
        }
    }

    static String firstLine(String m) {
        return m == null ? "" : m.lines().findFirst().orElse(m);
    }

    private static String commandName(CommandLine cmd) {
        return cmd.getParent() == null ? "" : cmd.getCommandName() + " ";
    }

    private static int failed(Throwable e, PrintWriter err) {
        err.println("declkg: " + oneLine(e));
        if (verbose) e.printStackTrace(err);
        err.flush();
        return FAILURE;
    }

    static String oneLine(Throwable e) {
        return Stderr.escape(WriteFailure.describe(e));
    }

    @Override
    public Integer call() throws Exception {
        return new MainJob(iris).call();
    }
}
