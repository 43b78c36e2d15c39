package org.declkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.declkg.Fixtures;
import org.declkg.eval.EvalReport;
import org.declkg.eval.Evaluator;
import org.declkg.eval.GoldSet;
import org.declkg.pipeline.Annotation;
import org.declkg.rdf.DK;
import org.junit.jupiter.api.Test;

/** A text written in Traditional characters gives the graph its Simplified form gives, with labels in both scripts. */
class TraditionalTextTest {
    /** A joint statement of our own, in Simplified characters. */
    private static final String SIMPLIFIED = """
            中华人民共和国和塞尔维亚共和国联合声明
            应塞尔维亚共和国总统邀请，中华人民共和国主席于2030年5月7日至8日对塞尔维亚共和国进行国事访问。
            双方高度评价两国关系发展取得的丰硕成果。
            塞方坚定支持一个中国原则，反对任何形式的“台独”。
            中方欢迎塞方积极参与共建“一带一路”倡议，赞赏塞方为举办2030年世界博览会所做的准备。
            双方重申，恪守《联合国宪章》宗旨和原则。
            """;

    private static List<String> acts(String text) {
        Annotation doc = Fixtures.extractor().annotate("t.txt", text);
        return doc.acts().stream().map(a -> a.actClass() + " " + doc.cover(a.object()) + " @" + a.actors()).toList();
    }

    @Test
    void aTraditionalTextGivesTheActsOfItsSimplifiedForm() {
        String traditional = HanLP.convertToTraditionalChinese(SIMPLIFIED);
        assertTrue(!traditional.equals(SIMPLIFIED) && traditional.contains("聯合聲明"), "the text is in Traditional characters");
        List<String> simplified = acts(SIMPLIFIED);
        assertEquals(List.of(
                "Appreciation 两国关系发展取得的丰硕成果 @[Actor[kind=MEMBERS, key=null]]",
                "Support 一个中国原则 @[Actor[kind=STATE, key=serbia]]",
                "Opposition 任何形式的“台独” @[Actor[kind=STATE, key=serbia]]",
                "Welcoming 塞方积极参与共建“一带一路”倡议 @[Actor[kind=STATE, key=china]]",
                "Appreciation 塞方为举办2030年世界博览会所做的准备 @[Actor[kind=STATE, key=china]]",
                "Reaffirmation 恪守《联合国宪章》宗旨和原则 @[Actor[kind=MEMBERS, key=null]]"), simplified);
        assertEquals(simplified, acts(traditional), "the stages read both the same");
    }

    @Test
    void labelsKeepTheScriptTheTextIsWrittenIn() {
        String traditional = HanLP.convertToTraditionalChinese(SIMPLIFIED);
        Model m = Fixtures.extractor().extract("t.txt", traditional).graph();
        Set<String> hant = new TreeSet<>(), zh = new TreeSet<>();
        for (Statement s : m.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
            if ("zh-Hant".equals(s.getLanguage())) hant.add(s.getString());
            if ("zh".equals(s.getLanguage())) zh.add(s.getString());
        }
        assertTrue(hant.contains(HanLP.convertToTraditionalChinese("一个中国原则")), "as the text writes it: " + hant);
        assertTrue(zh.contains("一个中国原则"), zh.toString());
        assertTrue(m.contains(null, DK.supports, (org.apache.jena.rdf.model.RDFNode) null));
        Model simplified = Fixtures.extractor().extract("t.txt", SIMPLIFIED).graph();
        assertTrue(simplified.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).toList().stream()
                .noneMatch(s -> "zh-Hant".equals(s.getLanguage())), "a Simplified text has no second script");
    }

    @Test
    void theSeedInTraditionalCharactersScoresAsTheSeedDoes() throws IOException {
        GoldSet gold = GoldSet.read(Path.of("src/test/resources/gold/sco-tianjin-2025.tsv"));
        Evaluator evaluator = new Evaluator(Fixtures.actClasses());
        EvalReport simplified = evaluator.evaluate(gold, Fixtures.extractor().extract("seed", Fixtures.seed()));
        EvalReport traditional = evaluator.evaluate(gold, Fixtures.extractor().extract("seed",
                HanLP.convertToTraditionalChinese(Fixtures.seed())));
        assertEquals(simplified.micro(), traditional.micro(), traditional.format());
        assertTrue(traditional.microF1() >= 0.97, traditional.format());
    }
}
