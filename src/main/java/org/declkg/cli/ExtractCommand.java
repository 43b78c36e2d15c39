package org.declkg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extractor;
import org.declkg.publish.DataFormat;
import org.declkg.rdf.Iris;
import org.declkg.rdf.Prefixes;
import org.declkg.extract.BatchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code extract FILE... [-o OUT] [-f FORMAT]}: the graph of each declaration as RDF, touching no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the knowledge graph of each declaration text and write RDF (stdout when no -o).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Declaration texts (UTF-8, or GB18030 / UTF-16 with BOM).")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of stdout.")
    Path output;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl", paramLabel = "FORMAT",
            description = "ttl, trig or nq (one named graph per declaration), nt, jsonld or rdf (default ${DEFAULT-VALUE}).")
    String format;

    @Mixin ThreadsOption threads;

    @Mixin KnowledgeOptions knowledge;
    @Mixin InputOptions input;

    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
        DataFormat rdf;
        try {
            rdf = Formats.parse(format);
        } catch (IllegalArgumentException e) {
            Stderr.line("declkg: " + e.getMessage());
            return Main.USAGE;
        }
        KnowledgeBase kb = knowledge.knowledge();
        Iris iris = main.iris();
        // No shapes check: extract stores nothing, and the check is a fifth of a cold start.
        BatchExtractor loader = new BatchExtractor(Extractor.create(kb, iris), input.reader(), null, input.allowEmpty,
                false, threads.threads());
        Dataset out = DatasetFactory.create();
        int failed = 0;
        for (BatchExtractor.Outcome o : loader.extractAll(files)) {
            o.notes().forEach(n -> Stderr.line("declkg: " + o.file() + ": " + n));
            if (!o.ok()) {
                Stderr.line("declkg: " + o.file() + ": " + o.problem());
                failed++;
                continue;
            }
            out.addNamedModel(o.extraction().declarationIri(), o.extraction().graph());
        }
        if (failed == files.size()) return Main.BAD_INPUT; // nothing to write: no empty document, no empty -o file
        try (OutputStream os = output == null ? System.out : Files.newOutputStream(output)) {
            // TriG and N-Quads keep one named graph per declaration; the others (JSON-LD too) get their union.
            if (rdf.keepsGraphs()) {
                out.getPrefixMapping().setNsPrefixes(Prefixes.all(iris));
                RDFDataMgr.write(os, out, rdf.streaming());
            } else {
                Model union = ModelFactory.createDefaultModel();
                union.setNsPrefixes(Prefixes.all(iris));
                out.listModelNames().forEachRemaining(n -> union.add(out.getNamedModel(n.getURI())));
                RDFDataMgr.write(os, union, rdf.streaming());
            }
            os.flush();
        }
        return failed == 0 ? Main.OK : Main.BAD_INPUT;
    }
}
