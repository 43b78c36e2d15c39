package org.declkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.declkg.rdf.Iris;
import org.declkg.serve.ServerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What {@code serve} runs with when the command line does not say. */
class ServeCommandTest {
    /** The serve command as {@code declkg ARGS} parses it. */
    private static ServeCommand parsed(String... args) {
        CommandLine.ParseResult r = new CommandLine(new Main()).parseArgs(args);
        return (ServeCommand) r.subcommand().commandSpec().userObject();
    }

    @Test
    void withoutOptionsItBindsLoopbackWithTheDocumentedLimits() {
        ServeCommand serve = parsed("serve", "--db", "some/db");
        ServerConfig c = serve.config();
        assertEquals("127.0.0.1", c.host());
        assertEquals(3030, c.port());
        assertEquals(Duration.ofSeconds(10), c.firstResultTimeout());
        assertEquals(Duration.ofSeconds(60), c.totalTimeout());
        assertEquals(100_000, c.maxRows());
        assertEquals(Iris.DEFAULT, c.iris());
    }

    @Test
    void theOptionsSetThem() {
        ServeCommand serve = parsed("serve", "--db", "d", "--host", "0.0.0.0", "--port", "8080",
                "--timeout", "3", "--timeout-total", "9", "--max-rows", "0");
        ServerConfig c = serve.config();
        assertEquals("0.0.0.0", c.host());
        assertEquals(8080, c.port());
        assertEquals(Duration.ofSeconds(3), c.firstResultTimeout());
        assertEquals(Duration.ofSeconds(9), c.totalTimeout());
        assertEquals(0, c.maxRows());
    }

    @Test
    void theBaseBeforeOrAfterTheCommandIsTheOneServed() {
        Iris kg = new Iris("https://example.org/kg/");
        assertEquals(kg, parsed("--base", kg.base(), "serve", "--db", "d").config().iris());
        assertEquals(kg, parsed("serve", "--db", "d", "--base", kg.base()).config().iris());
    }
}
