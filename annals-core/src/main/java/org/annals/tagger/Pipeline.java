package org.annals.tagger;

import org.annals.api.Document;
import org.annals.api.DocumentDate;
import org.annals.api.Genre;
import org.annals.api.TaggedDocument;
import org.annals.api.Timex;
import org.annals.resolve.DocumentDateFinder;
import org.annals.resolve.GenreDetector;
import org.annals.resolve.Resolver;
import org.annals.tagger.en.DurationExtractor;
import org.annals.tagger.en.ExplicitDateExtractor;
import org.annals.tagger.en.HolidayExtractor;
import org.annals.tagger.en.NamedPeriodExtractor;
import org.annals.tagger.en.NumericDateExtractor;
import org.annals.tagger.en.QuarterExtractor;
import org.annals.tagger.en.ReferenceExtractor;
import org.annals.tagger.en.ReportingPeriodExtractor;
import org.annals.tagger.en.RelativeExtractor;
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

/**
 * The tagging pipeline: tokens, extractors (one per expression family), refiners (modifiers, overlaps), the
 * document date and genre, then the resolver. Immutable and thread-safe. Internal: use
 * {@link org.annals.api.Annals}.
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
                new ReferenceExtractor()));
    }

    public List<Extractor> extractors() {
        return extractors;
    }

    /** Candidates after the refiners, in text order, not overlapping. */
    public List<Candidate> candidates(List<Token> tokens) {
        List<Candidate> all = new ArrayList<>();
        ruleIndex.extract(tokens, all::add);
        for (Extractor e : others) {
            e.extract(tokens, all::add);
        }
        all = ModifierRefiner.refine(tokens, all);
        return NameRefiner.refine(tokens, DateTimeMerger.merge(tokens, OverlapResolver.resolve(all, tokens.size())));
    }

    public TaggedDocument tag(Document document, Genre genre, LocalDate today) {
        String text = document.text();
        List<Token> tokens = tokenizer.tokenize(text);
        List<Candidate> candidates = candidates(tokens);
        DocumentDate date = document.date();
        if (date == null) {
            Optional<LocalDate> byline = DocumentDateFinder.find(text, tokens, candidates);
            date = byline.map(d -> DocumentDate.of(d, DocumentDate.Source.BYLINE))
                    .orElseGet(() -> DocumentDate.of(today, DocumentDate.Source.TODAY));
        }
        Genre g = genre == Genre.AUTO ? GenreDetector.detect(candidates, date.value()) : genre;
        List<Timex> timexes = new Resolver(text, tokens, date.value(), g).resolve(candidates);
        return new TaggedDocument(document, date, g, timexes);
    }
}
