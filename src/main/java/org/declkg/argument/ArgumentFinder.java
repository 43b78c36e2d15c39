package org.declkg.argument;

import org.declkg.knowledge.DateParser;
import org.declkg.knowledge.Grammar;
import org.declkg.knowledge.HeadNouns;
import org.declkg.pipeline.DateMention;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declkg.pipeline.Act;
import org.declkg.pipeline.Annotation;
import org.declkg.pipeline.Argument;
import org.declkg.pipeline.Layer;
import org.declkg.pipeline.Span;
import org.declkg.pipeline.Stage;
import org.declkg.knowledge.Gazetteer;

/**
 * The objects of every statement (documents, events, initiatives, or propositions), and every
 * document the text names with its date and place, whether or not a statement is about it.
 */
public final class ArgumentFinder implements Stage {
    private final HeadNouns heads;
    private final Grammar grammar;
    private final Gazetteer gazetteer;
    private final DateParser dateParser;

    public ArgumentFinder(HeadNouns heads, Grammar grammar, Gazetteer gazetteer, DateParser dateParser) {
        this.dateParser = dateParser;
        this.heads = heads;
        this.grammar = grammar;
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer> requires() { return EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.MENTIONS, Layer.HEADER, Layer.ACTS); }

    @Override
    public Set<Layer> provides() { return EnumSet.of(Layer.ARGUMENTS); }

    @Override
    public void annotate(Annotation doc) {
        // a date without a year ("7月3日") takes the declaration's year, or the page's, or the first year the text gives
        int year = doc.header().date() != null ? doc.header().date().year() : dateParser.undatedYear(doc.raw(), doc.text());
        List<DateMention> dates = dateParser.parse(doc.text(), 0, year);
        ObjectText objects = new ObjectText(doc, dates, grammar, gazetteer);
        ObjectReader reader = new ObjectReader(objects, heads, grammar);
        Set<String> seen = new HashSet<>();
        for (Act act : doc.acts()) {
            List<Argument> read = reader.read(act.object());
            doc.setObjects(act, read);
            for (Argument a : read) addEntity(doc, seen, a);
        }
        String text = doc.text();
        for (int i = text.indexOf('《'); i >= 0; i = text.indexOf('《', i + 1)) {
            Argument a = reader.titled(i);
            if (a != null) addEntity(doc, seen, a);
        }
        for (int i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) {
            Argument a = reader.quoted(i);
            if (a != null) addEntity(doc, seen, a);
        }
        Matcher numbered = new DocumentNumber(grammar).inText.matcher(text);
        while (numbered.find()) {
            Argument a = reader.numbered(new Span(numbered.start(), numbered.end()));
            if (a != null) addEntity(doc, seen, a);
        }
        HeldEventFinder held = new HeldEventFinder(objects, dates, heads, grammar);
        for (Argument e : held.find()) addEntity(doc, seen, e);
        for (Argument named : new NamedEventFinder(doc, dates, reader, grammar).find(doc.entities())) addEntity(doc, seen, named);
        Argument own = held.titleMeeting(doc.entities());
        if (own != null) addEntity(doc, seen, own);
    }


    private static void addEntity(Annotation doc, Set<String> seen, Argument a) {
        if (a.kind() != Argument.Kind.PROPOSITION && seen.add(a.kind() + "|" + a.label() + "|" + a.span().begin()))
            doc.entities().add(a);
        for (Argument m : a.mentions()) addEntity(doc, seen, m);
    }
}
