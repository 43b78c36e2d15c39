package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federated path the README gives, offline: the jar's own {@code arq.sparql} over the union dump
 * runs the federated query of {@code declkg/federated/wikidata-capitals.rq}, with its SERVICE
 * pointed at a stand-in for the Wikidata Query Service on loopback (two capitals), and its local
 * part alone gives the ten member states with their Wikidata entities.
 */
class FederationIT {
    static final Path QUERY = Path.of("src/main/resources/declkg/federated/wikidata-capitals.rq");
    static final String WDQS = "https://query.wikidata.org/sparql";

    @TempDir Path dir;

    private static List<String> sparql(Path workDir, Path data, Path query) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Jar.path().toString(), "arq.sparql", "--data", data.toString(), "--query", query.toString(), "--results=CSV"));
        Path out = workDir.resolve("out.csv");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectOutput(out.toFile())
                .redirectError(workDir.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "arq.sparql finished");
        assertEquals(0, p.exitValue(), Files.readString(workDir.resolve("err.txt")));
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    @Test
    void theDumpJoinsWithAWikidataEndpointThroughTheJarsSparqlCommand() throws Exception {
        Path seed = Path.of("seeds/sco-tianjin-2025.zh.txt").toAbsolutePath();
        Jar.Run load = Jar.run(dir, Duration.ofMinutes(3), "load", "--db", "db", seed.toString());
        assertEquals(0, load.exit(), load.stderr());
        Path dump = dir.resolve("db").resolve("dumps").resolve("all.ttl.gz");

        String federated = Files.readString(QUERY, StandardCharsets.UTF_8);
        String local = federated.substring(federated.indexOf("    SELECT DISTINCT"), federated.indexOf("  SERVICE"));
        local = local.substring(0, local.lastIndexOf('}')).strip();
        Path localQuery = Files.writeString(dir.resolve("local.rq"), federated.substring(0, federated.indexOf("SELECT ?name"))
                + local + " ORDER BY ?name\n");
        List<String> members = sparql(dir, dump, localQuery);
        assertEquals("name,wikidata", members.get(0).strip());
        assertEquals(11, members.size(), "ten member states: " + members);
        assertTrue(members.contains("People's Republic of China,http://www.wikidata.org/entity/Q148"), members.toString());

        Model wikidata = ModelFactory.createDefaultModel();
        capital(wikidata, "Q148", "Q956", "Beijing");
        capital(wikidata, "Q159", "Q649", "Moscow");
        FusekiServer standIn = FusekiServer.create().loopback(true).port(0)
                .add("/wikidata", DatasetGraphFactory.wrap(wikidata.getGraph())).build().start();
        try {
            assertTrue(federated.contains("SERVICE <" + WDQS + ">"));
            Path pointed = Files.writeString(dir.resolve("federated.rq"),
                    federated.replace(WDQS, "http://127.0.0.1:" + standIn.getHttpPort() + "/wikidata/sparql"));
            List<String> rows = sparql(dir, dump, pointed);
            assertEquals(List.of("name,wikidata,capital,capitalName",
                    "People's Republic of China,http://www.wikidata.org/entity/Q148,http://www.wikidata.org/entity/Q956,Beijing",
                    "Russia,http://www.wikidata.org/entity/Q159,http://www.wikidata.org/entity/Q649,Moscow"),
                    rows.stream().map(String::strip).toList());
        } finally {
            standIn.stop();
        }
    }

    private static void capital(Model m, String state, String capital, String name) {
        Resource c = m.createResource("http://www.wikidata.org/entity/" + capital).addProperty(RDFS.label, name, "en");
        m.createResource("http://www.wikidata.org/entity/" + state)
                .addProperty(m.createProperty("http://www.wikidata.org/prop/direct/P36"), c);
    }
}
