package org.declkg.cli;

import java.nio.file.Path;
import org.declkg.knowledge.KnowledgeBase;
import picocli.CommandLine.Option;

/** Where the extractor's knowledge comes from: the copy in the jar, or an ontology/ folder of your own. */
final class KnowledgeOptions {
    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Read the knowledge CSV and Turtle files from DIR instead of the packaged ones.")
    Path dir;

    KnowledgeBase knowledge() {
        return dir == null ? KnowledgeBase.packaged() : KnowledgeBase.directory(dir);
    }
}
