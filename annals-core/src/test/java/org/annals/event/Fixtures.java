package org.annals.event;

import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.nlp.Sentence;
import org.annals.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built analyzed documents: the timexes from the tagger, sentences from the simple splitter, events by hand. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * A document whose events are the given words (first occurrence after the previous event), with tense and
     * aspect given as "word/PAST/PERFECTIVE" (default NONE/NONE).
     */
    public static AnalyzedDocument doc(String source, String text, LocalDate dct, Genre genre, String... events) {
        Annals annals = Annals.builder().genre(genre).build();
        // no dct: the document has none (unless the text states one)
        Document document = dct == null ? Document.of(source, text)
                : Document.of(source, text).withDate(DocumentDate.of(dct, DocumentDate.Source.ARGUMENT));
        TaggedDocument tagged = annals.tag(document);
        List<Sentence> sentences = SimpleEventSource.sentences(Tokenizer.english().tokenize(text));
        List<Event> out = new ArrayList<>();
        int from = 0;
        for (String spec : events) {
            String[] p = spec.split("/");
            int b = text.indexOf(p[0], from);
            if (b < 0) {
                throw new IllegalArgumentException("no " + p[0]);
            }
            from = b + p[0].length();
            int sentence = 0;
            for (Sentence s : sentences) {
                if (s.begin() <= b && b < s.end()) {
                    sentence = s.index();
                }
            }
            Tense tense = p.length > 1 ? Tense.valueOf(p[1]) : Tense.NONE;
            Aspect aspect = p.length > 2 ? Aspect.valueOf(p[2]) : Aspect.NONE;
            out.add(new Event("e" + (out.size() + 1), b, from, p[0], p[0].toLowerCase(), null, EventClass.OCCURRENCE,
                    tense, aspect, Polarity.POS, sentence, List.of(), List.of()));
        }
        List<Event> named = new ParticipantFinder().find(text, sentences, out, tagged.timexes());
        return new AnalyzedDocument(tagged, sentences, named, List.of());
    }
}
