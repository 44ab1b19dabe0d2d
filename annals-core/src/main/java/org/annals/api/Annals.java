package org.annals.api;

import org.annals.event.AnalyzedDocument;
import org.annals.event.Event;
import org.annals.event.EventRecognizer;
import org.annals.event.EventSource;
import org.annals.event.LinkedDocument;
import org.annals.event.ParticipantFinder;
import org.annals.event.TemporalLinker;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.nlp.Nlp;
import org.annals.nlp.Sentence;
import org.annals.pipeline.Pipeline;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one entry point of annals, used by the library, the CLI, the server and the Spark job alike.
 *
 * <p>Immutable and thread-safe: build one and share it.
 * <pre>{@code
 * Annals annals = Annals.builder().genre(Genre.AUTO).build();
 * TaggedDocument tagged = annals.tag(Document.of("korea.txt", text));
 * }</pre>
 */
public final class Annals {

    private final Genre genre;
    private final Clock clock;
    private final Pipeline pipeline;
    private final EventSource events;
    private final TemporalLinker linker;
    /** The stateless, thread-safe event-side tools, loaded (word lists and all) on first use, not by {@link #tag}. */
    private static final class Linking {
        static final ParticipantFinder PARTICIPANTS = new ParticipantFinder();
        /** The rules alone: the same anchors as {@link Relations#LINKER}, for timelines, which need no TLINKs. */
        static final TemporalLinker ANCHORS = new TemporalLinker(null);
        static final TimelineBuilder TIMELINES = new TimelineBuilder();
    }

    /** The linker with the shipped relation classifier, loaded on the first {@link #link} only (timelines skip it). */
    private static final class Relations {
        static final TemporalLinker LINKER = new TemporalLinker();
    }

    private Annals(Builder b) {
        this.genre = b.genre;
        this.clock = b.clock;
        this.pipeline = Pipeline.english();
        this.events = b.events != null ? b.events : this::analyze;
        this.linker = b.linker;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** An instance with the default settings (genre AUTO, system clock). */
    public static Annals create() {
        return builder().build();
    }

    public Genre genre() {
        return genre;
    }

    /**
     * Finds and normalizes the time expressions of a document. The document date is the document's own, else one
     * found in its text (byline, dateline), else none: the tagged document then has no date and what would be
     * computed from one stays unknown ("last June" is {@code XXXX-06}). No date is taken from the clock unless the
     * caller gives it ({@link #today()}).
     */
    public TaggedDocument tag(Document document) {
        Objects.requireNonNull(document, "document");
        return pipeline.tag(document, genre);
    }

    /**
     * The document as {@link #tag} and every other analysis read it: with the date they use (its own, else one found in
     * its byline or dateline; still none when there is none), without tagging it; and with its language when the
     * reader left it unknown (plain text: {@link org.annals.nlp.Languages#detect}, which tagging does not spend time
     * on).
     */
    public Document read(Document document) {
        Objects.requireNonNull(document, "document");
        Document d = document.date() != null ? document : document.withDate(pipeline.documentDate(document));
        return d.language() != null ? d : d.withLanguage(org.annals.nlp.Languages.detect(d.text()));
    }

    /** Today by this instance's clock, as a document date the caller asked for ({@code --dct today}). */
    public DocumentDate today() {
        return DocumentDate.of(LocalDate.now(clock), DocumentDate.Source.TODAY);
    }

    /**
     * Tags a document and finds its sentences (OpenNLP) and events ({@link EventRecognizer}). The NLP and event
     * models load on the first call, so {@link #tag} alone stays quick to start. TLINKs are not found yet: the list
     * is empty.
     */
    public AnalyzedDocument analyze(Document document) {
        TaggedDocument tagged = tag(document);
        List<Sentence> sentences = Nlp.get().analyze(document.text());
        List<int[]> spans = new ArrayList<>(tagged.timexes().size());
        LocalDate dct = tagged.date() == null ? null : tagged.date().value();
        for (Timex t : tagged.timexes()) {
            spans.add(new int[] {t.begin(), t.end(), historical(t, dct) ? 1 : 0});
        }
        List<Event> events = EventRecognizer.shipped().recognize(sentences, spans,
                tagged.genre() == Genre.NARRATIVE);
        return new AnalyzedDocument(tagged, sentences, events, List.of());
    }

    /** A date that ends at least this many years before the document date is history ({@link #historical}). */
    static final int HISTORY_YEARS = 10;

    /**
     * A date of the text's history: a DATE that ends at least {@value #HISTORY_YEARS} years before the document date
     * ("in 201 BC", "the 1530s", "in 1950" read in 2020); with no document date, none is.
     */
    static boolean historical(Timex t, LocalDate dct) {
        if (dct == null || t.type() != TimexType.DATE) {
            return false;
        }
        Interval i = Intervals.of(t, dct);
        return i != null && !Intervals.isOpen(i) && i.end().isBefore(dct.minusYears(HISTORY_YEARS));
    }

    /** Tags a text with a given document date (null: look for it in the text). */
    public TaggedDocument tag(String text, LocalDate documentDate) {
        Document d = Document.of("text", text);
        if (documentDate != null) {
            d = d.withDate(DocumentDate.of(documentDate, DocumentDate.Source.ARGUMENT));
        }
        return tag(d);
    }

    /**
     * Finds a document's events (through the {@link EventSource}), the people, organizations and places taking part
     * in them, the time each is tied to and the TLINKs.
     */
    public LinkedDocument link(Document document) {
        return (linker != null ? linker : Relations.LINKER).link(withParticipants(document));
    }

    /**
     * As {@link #link} without the TLINKs (the document's {@code tlinks} are empty): the same events, participants
     * and anchors, all a timeline needs, without the relation classifier (the slowest step) or the rules' links.
     * What the archive and the Spark job store.
     */
    public LinkedDocument anchor(Document document) {
        return Linking.ANCHORS.anchors(withParticipants(document));
    }

    private AnalyzedDocument withParticipants(Document document) {
        Objects.requireNonNull(document, "document");
        AnalyzedDocument a = events.analyze(document);
        String text = a.tagged().text();
        return new AnalyzedDocument(a.tagged(), a.sentences(),
                Linking.PARTICIPANTS.find(text, a.sentences(), a.events(), a.tagged().timexes()), List.of());
    }

    /**
     * One chronological timeline of the documents' events; mentions of the same event in several merge. The timeline
     * is built from each event's anchor, which the linker's rules set; TLINKs are not used, so none is made
     * ({@link #anchor}: neither the relation classifier, the slowest part of {@link #link}, nor the rules' links).
     */
    public Timeline timeline(List<Document> documents) {
        return Linking.TIMELINES.build(documents.stream().map(this::anchor).toList());
    }

    /** Settings for an {@link Annals}. */
    public static final class Builder {
        private Genre genre = Genre.AUTO;
        private Clock clock = Clock.systemDefaultZone();
        private EventSource events;
        private TemporalLinker linker;

        private Builder() {
        }

        /**
         * How TLINKs are found (default: {@code new TemporalLinker()}, the rules and the shipped relation classifier
         * predicting TempEval-3's convention; e.g. {@code new TemporalLinker(RelationClassifier.shipped()
         * .withDomain("dense"))} for TimeBank-Dense's, {@code new TemporalLinker(null)} for the rules alone).
         */
        public Builder linker(TemporalLinker l) {
            this.linker = Objects.requireNonNull(l, "linker");
            return this;
        }

        /**
         * Where events come from (default: {@link #analyze}: OpenNLP sentences and the trained
         * {@link EventRecognizer}). The source must tag documents with the same settings.
         */
        public Builder eventSource(EventSource source) {
            this.events = Objects.requireNonNull(source, "source");
            return this;
        }

        /** How relative expressions are anchored; AUTO (the default) decides per document. */
        public Builder genre(Genre g) {
            this.genre = Objects.requireNonNull(g, "genre");
            return this;
        }

        /** The clock of {@link Annals#today()} (what {@code --dct today} means). */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        public Annals build() {
            return new Annals(this);
        }
    }
}
