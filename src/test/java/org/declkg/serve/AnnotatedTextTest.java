package org.declkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declkg.rdf.Iris;
import org.junit.jupiter.api.Test;

/** A text with its parts and spans in, the HTML a reader sees out: offsets in code points, nested spans, escaping. */
class AnnotatedTextTest {
    private static final String TEXT = "标题\n<p>1. 成员国支持𠀋A<B>倡议，反对X。会议结束。</p>\n（完）";
    private static final Links LINKS = new Links(new Iris("https://example.org/id/"));

    /** The code point offset of the first occurrence of {@code what}. */
    private static int at(String what) { return TEXT.codePointCount(0, TEXT.indexOf(what)); }

    private static int end(String what) { return at(what) + what.codePointCount(0, what.length()); }

    private static AnnotatedText.Statement statement(String key, String actClass, String label) {
        return new AnnotatedText.Statement("https://example.org/id/act/" + key, actClass, label, "object " + key, "成员国");
    }

    private static String html() {
        List<AnnotatedText.Part> paragraphs = List.of(new AnnotatedText.Part(at("标题"), end("标题"), null, null),
                new AnnotatedText.Part(at("成员国"), end("会议结束。"), "1", null));
        List<AnnotatedText.Part> sentences = List.of(new AnnotatedText.Part(at("标题"), end("标题"), null, null),
                new AnnotatedText.Part(at("成员国"), end("反对X。"), null, null),
                new AnnotatedText.Part(at("会议结束。"), end("会议结束。"), null, null));
        List<AnnotatedText.Span> spans = List.of(
                new AnnotatedText.Span(at("成员国"), end("倡议"), List.of(statement("support", "Support", "支持"))),
                new AnnotatedText.Span(at("𠀋"), end("<B>"), List.of(statement("inner", "Noting", "注意到"),
                        statement("inner2", "Noting", "注意到"))),
                new AnnotatedText.Span(at("反对"), end("反对X"), List.of(statement("oppose", "Opposition", "反对"))));
        return new AnnotatedText(TEXT, LINKS).html(paragraphs, sentences, spans);
    }

    @Test
    void spansAreCutWhereTheyNestAndEachPieceLinksToItsInnermostStatement() {
        String html = html();
        assertTrue(html.contains("<a class=\"span\" data-act-class=\"Support\" href=\"/id/act/support\" "
                + "title=\"支持 → object support · 成员国\">成员国支持</a>"), html);
        assertTrue(html.contains("href=\"/id/act/inner\" title=\"支持 → object support · 成员国\n注意到 → object inner · 成员国\n"
                + "注意到 → object inner2 · 成员国\">𠀋A&lt;B&gt;</a><sup class=\"tags\">"), "the inner span, escaped: " + html);
        assertTrue(html.contains(">倡议</a><sup class=\"tags\"><a class=\"tag\" data-act-class=\"Support\""), html);
        assertEquals(4, html.split("<a class=\"tag\"", -1).length - 1, "one tag per statement");
        assertFalse(html.contains("style="), "colours come from the style sheet: the pages' policy forbids inline styles");
    }

    @Test
    void sentencesWithoutStatementsArePlainAndWhatWasNotReadIsGreyed() {
        String html = html();
        assertTrue(html.contains("<span class=\"sentence plain\" id=\"char=" + at("会议结束。") + "," + end("会议结束。") + "\">会议结束。</span>"));
        assertTrue(html.contains("<span class=\"sentence read\" id=\"char=" + at("成员国") + "," + end("反对X。") + "\">"));
        assertTrue(html.contains("<p class=\"para\" data-number=\"1\"><span class=\"para-number\">1</span><span class=\"unread head\""
                + " title=\"not read: markup, numbering or page furniture\">&lt;p&gt;1.</span>"), html);
        assertTrue(html.contains("<span class=\"unread tail\" title=\"not read: markup, numbering or page furniture\">&lt;/p&gt;</span></p>"));
        assertTrue(html.contains("<div class=\"unread\" title=\"not read: a heading, numbering, markup or page furniture\">（完）</div>"));
    }
}
