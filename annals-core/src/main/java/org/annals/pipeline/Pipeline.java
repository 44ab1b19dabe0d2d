package org.annals.pipeline;

import org.annals.expression.Candidate;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.resolve.DocumentDateFinder;
import org.annals.resolve.GenreDetector;
import org.annals.resolve.Resolver;
import org.annals.resolve.UnknownDocumentDate;
import org.annals.tagger.CompositionMerger;
import org.annals.tagger.DateTimeMerger;
import org.annals.tagger.EventOffsetRefiner;
import org.annals.tagger.Extractor;
import org.annals.tagger.ModifierRefiner;
import org.annals.tagger.NameRefiner;
import org.annals.tagger.OverlapResolver;
import org.annals.tagger.RuleExtractor;
import org.annals.tagger.RuleIndex;
import org.annals.tagger.en.AnaphorExtractor;
import org.annals.tagger.en.DurationExtractor;
import org.annals.tagger.en.ExplicitDateExtractor;
import org.annals.tagger.en.HolidayExtractor;
import org.annals.tagger.en.NamedPeriodExtractor;
import org.annals.tagger.en.NumericDateExtractor;
import org.annals.tagger.en.QuarterExtractor;
import org.annals.tagger.en.ReferenceExtractor;
import org.annals.tagger.en.RelativeExtractor;
import org.annals.tagger.en.ReportingPeriodExtractor;
import org.annals.tagger.en.SetExtractor;
import org.annals.tagger.en.TimeOfDayExtractor;
import org.annals.tagger.en.WeekdayExtractor;
import org.annals.tagger.en.YearExtractor;
import org.annals.text.Token;
import org.annals.text.Tokenizer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tagging pipeline: tokens, extractors (one per expression family), refiners (modifiers, overlaps), the
 * document date and genre, then the resolver. Immutable and thread-safe. Internal: use
 * the facade ({@code org.annals.api.Annals}).
 */
public final class Pipeline {

    private final Tokenizer tokenizer;
    private final List<Extractor> extractors;
    private final RuleIndex ruleIndex;
    private final List<Extractor> others;

    private Pipeline(Tokenizer tokenizer, List<Extractor> extractors) {
        this.tokenizer = tokenizer;
        this.extractors = List.copyOf(extractors);
        List<RuleExtractor> ruleBased = new ArrayList<>();
        List<Extractor> rest = new ArrayList<>();
        for (Extractor e : extractors) {
            if (e instanceof RuleExtractor r) {
                ruleBased.add(r);
            } else {
                rest.add(e);
            }
        }
        this.ruleIndex = new RuleIndex(ruleBased);
        this.others = List.copyOf(rest);
    }

    /** The English configuration: every expression family, registered here. */
    public static Pipeline english() {
        return new Pipeline(Tokenizer.english(), List.of(
                new ExplicitDateExtractor(),
                new NumericDateExtractor(),
                new NamedPeriodExtractor(),
                new YearExtractor(),
                new QuarterExtractor(),
                new WeekdayExtractor(),
                new HolidayExtractor(),
                new ReportingPeriodExtractor(),
                new TimeOfDayExtractor(),
                new RelativeExtractor(),
                new DurationExtractor(),
                new SetExtractor(),
                new ReferenceExtractor(),
                new AnaphorExtractor()));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    /** Raw candidates the refiners take at a time, at least (a window ends only where no refiner looks across). */
    static final int WINDOW = 256;
    /**
     * Tokens that must separate the last candidate of a window from the first position of the next: more than any
     * refiner reaches around a candidate. Before one: a modifier of up to four words ("the very beginning of") and
     * a part of the day of up to seven ("early in the morning hours of"); after one: a clock joined by "," or "on",
     * a range word, a name of two words after a number ("1950 Main Street").
     */
    static final int GAP = 16;

    /**
     * Candidates after the refiners, in text order, not overlapping. On a long text the refiners run window by
     * window: a window closes, once it holds {@link #WINDOW} candidates, at the first token at least {@link #GAP}
     * tokens past the end of all of them. Candidates found from there on start there or later, and no refiner sees
     * across such a gap, so the result is the one of refining all candidates at once, while the candidates and
     * tokens a window touches stay in the processor's caches: refined all at once, a 1 MB text cost several times
     * more per candidate than a 100 KB one.
     */
    public List<Candidate> candidates(List<Token> tokens) {
        if (!others.isEmpty()) {
            // other extractors' candidates come in their own order: refine everything at once
            List<Candidate> all = new ArrayList<>();
            ruleIndex.extract(tokens, all::add);
            for (Extractor e : others) {
                e.extract(tokens, all::add);
            }
            return refine(tokens, all);
        }
        List<Candidate> out = new ArrayList<>();
        Window window = new Window();
        for (int i = 0; i < tokens.size(); i++) {
            if (window.candidates.size() >= WINDOW && i >= window.reach + GAP) {
                out.addAll(refine(tokens, window.candidates));
                window.candidates = new ArrayList<>();
            }
            ruleIndex.extractAt(tokens, i, window);
        }
        out.addAll(refine(tokens, window.candidates));
        return out;
    }

    /** The raw candidates of the window being filled, and the furthest token end of all candidates so far. */
    private static final class Window implements Consumer<Candidate> {
        List<Candidate> candidates = new ArrayList<>();
        int reach;

        @Override
        public void accept(Candidate c) {
            candidates.add(c);
            reach = Math.max(reach, c.end());
        }
    }

    private static List<Candidate> refine(List<Token> tokens, List<Candidate> raw) {
        List<Candidate> modified = ModifierRefiner.refine(tokens, raw);
        int from = tokens.size();
        int to = 0;
        for (Candidate c : modified) {
            from = Math.min(from, c.start());
            to = Math.max(to, c.end());
        }
        List<Candidate> resolved = modified.isEmpty() ? List.of() : OverlapResolver.resolve(modified, from, to);
        return EventOffsetRefiner.refine(tokens, CompositionMerger.merge(tokens,
                NameRefiner.refine(tokens, DateTimeMerger.merge(tokens, resolved))));
    }

    /**
     * The date {@link #tag} gives a document, without tagging it: the one it carries, else a byline's or dateline's
     * found in its text, else null.
     */
    public DocumentDate documentDate(Document document) {
        if (document.date() != null) {
            return document.date();
        }
        List<Token> tokens = tokenizer.tokenize(document.text());
        return DocumentDateFinder.find(document.text(), tokens, candidates(tokens))
                .map(d -> DocumentDate.of(d, DocumentDate.Source.BYLINE)).orElse(null);
    }

    /**
     * Tags a document. Its date is the one it carries, else a byline's or dateline's; when there is none, the document
     * has no date ({@link TaggedDocument#date()} null) and nothing is computed from one
     * ({@link UnknownDocumentDate}): no date is invented.
     */
    public TaggedDocument tag(Document document, Genre genre) {
        String text = document.text();
        List<Token> tokens = tokenizer.tokenize(text);
        List<Candidate> candidates = candidates(tokens);
        DocumentDate date = document.date();
        if (date == null) {
            Optional<LocalDate> byline = DocumentDateFinder.find(text, tokens, candidates);
            date = byline.map(d -> DocumentDate.of(d, DocumentDate.Source.BYLINE)).orElse(null);
        }
        LocalDate dct = date == null ? null : date.value();
        Genre g = genre == Genre.AUTO ? GenreDetector.detect(candidates, dct) : genre;
        List<Timex> timexes = dct == null ? UnknownDocumentDate.resolve(text, tokens, g, candidates)
                : new Resolver(text, tokens, dct, g).resolve(candidates);
        return new TaggedDocument(document, date, g, timexes);
    }
}
