package org.declkg.knowledge;

/**
 * Every lookup of one knowledge base, each built once: what the stages are given. Building it reads
 * all of {@code ontology/}; the lookups are immutable and shared by threads.
 */
public record Knowledge(KnowledgeBase base, Gazetteer gazetteer, Grammar grammar, Numerals numerals, DateParser dates,
                        HeadNouns heads, ActLexicon lexicon, Memberships memberships, ActClasses actClasses,
                        Furniture furniture) {

    public static Knowledge of(KnowledgeBase kb) {
        Grammar grammar = new Grammar(kb);
        Numerals numerals = new Numerals(kb);
        ActClasses actClasses = new ActClasses(kb);
        return new Knowledge(kb, new Gazetteer(kb), grammar, numerals, new DateParser(grammar, numerals),
                new HeadNouns(kb), new ActLexicon(kb, actClasses), new Memberships(kb), actClasses, new Furniture(kb, numerals));
    }
}
