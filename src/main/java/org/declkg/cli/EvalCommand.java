package org.declkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.declkg.knowledge.ActClasses;
import org.declkg.eval.EvalReport;
import org.declkg.eval.Evaluator;
import org.declkg.eval.GoldSet;
import org.declkg.input.InputException;
import org.declkg.input.InputText;
import org.declkg.input.TextReader;
import org.declkg.extract.Extraction;
import org.declkg.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eval --gold FILE TEXT}: precision, recall and F1 per category against a gold annotation. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score the extraction of TEXT against a gold annotation: precision, recall, F1 per category.")
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold annotation (TSV, see README).")
    Path gold;

    @Parameters(paramLabel = "TEXT", description = "The declaration text.")
    Path text;

    @Option(names = "--min-f1", defaultValue = "0", paramLabel = "X", description = "Exit 1 when the micro F1 is below X.")
    double minF1;

    @Mixin KnowledgeOptions knowledge;

    @ParentCommand Main main;

    @Override
    public Integer call() throws Exception {
        InputText in;
        try {
            in = new TextReader(TextReader.DEFAULT_MAX_BYTES).read(text);
        } catch (InputException e) {
            Stderr.line("declkg: " + text + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        GoldSet goldSet;
        try {
            goldSet = GoldSet.read(gold);
        } catch (java.nio.file.NoSuchFileException e) {
            System.err.println("declkg: " + gold + ": no such file");
            return Main.BAD_INPUT;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            Stderr.line("declkg: " + gold + ": not a gold file (" + e.getMessage() + ")");
            return Main.BAD_INPUT;
        }
        Extraction e = Extractor.create(knowledge.knowledge(), main.iris()).extract(in.source(), in.text());
        EvalReport report = new Evaluator(new ActClasses(knowledge.knowledge())).evaluate(goldSet, e);
        System.out.println("declkg eval: " + text + " against " + gold);
        System.out.println("P = matched/extracted, R = matched/gold; attributes are scored on matched facts only.");
        System.out.println();
        System.out.print(report.format());
        return report.microF1() + 1e-9 >= minF1 ? Main.OK : Main.BAD_INPUT;
    }
}
