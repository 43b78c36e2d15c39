package org.declkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declkg.knowledge.ActClasses;
import org.declkg.knowledge.Knowledge;
import org.declkg.knowledge.KnowledgeBase;
import org.declkg.extract.Extractor;

/** What the tests share: the project's knowledge base, one extractor (HanLP loads once), the seed text. */
public final class Fixtures {
    public static final Path SEED = Path.of("seeds/sco-tianjin-2025.zh.txt");
    /** A title line that names an organisation, so that "成员国" has someone to refer to. */
    public static final String TITLE = "上海合作组织成员国元首理事会宣言\n";

    private static Extractor extractor;
    private static Knowledge knowledge;

    private Fixtures() {}

    public static KnowledgeBase kb() { return KnowledgeBase.directory(Path.of("ontology")); }

    public static ActClasses actClasses() { return knowledge().actClasses(); }

    /** Every lookup of the project's knowledge base, built once. */
    public static synchronized Knowledge knowledge() {
        if (knowledge == null) knowledge = Knowledge.of(kb());
        return knowledge;
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.create(knowledge());
        return extractor;
    }

    public static String seed() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
