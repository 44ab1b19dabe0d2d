package org.annals.archive;

import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.timeline.TimelineEntry;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index schema: one Lucene document per archived document, followed (in the same block, added atomically) by
 * one per entry of its timeline; {@link #KIND} tells them apart. See {@code docs/archive.md}.
 *
 * <p>Time is indexed in epoch days: an entry's interval as a {@link LongRange} in {@link #WHEN}, an interval open on
 * one side at its known bound only ({@link #evidence}), so an intersection query finds every entry whose time meets
 * the asked range on evidence; a document gets one range per distinct closed interval of its time expressions and
 * one for its date. Stateless.
 */
final class IndexSchema {

    /** Bumped when the schema changes; kept in the commit data and checked on open. */
    static final String VERSION = "1";
    static final String VERSION_KEY = "annals.archive.schema";

    /** The kind of a Lucene document: {@link #KIND_DOCUMENT} or {@link #KIND_ENTRY}. */
    static final String KIND = "kind";
    static final String KIND_DOCUMENT = "document";
    static final String KIND_ENTRY = "entry";
    /** An entry's event kind ({@code reporting}, {@code occurrence}...; absent in entries stored before it was). */
    static final String EVENT_KIND = "event_kind";
    /** An entry's predicate as written and its base form, lower case, whole (for hiding, not for search). */
    static final String PREDICATE = "predicate";
    /**
     * The names an entry's agents and patients answer to ({@link org.annals.timeline.AboutEntity#keys}), to find an
     * entity's entries; absent in entries stored before arguments were found.
     */
    static final String ABOUT = "about";

    /** Document: the content id (indexed, stored). */
    static final String ID = "id";
    /** Entry: the id of its document (indexed, stored). */
    static final String OWNER = "doc";
    /** Document: where it came from (stored). */
    static final String SOURCE = "source";
    /** Document: the title (full text, stored). */
    static final String TITLE = "title";
    /** Document: the URL (stored). */
    static final String URL = "url";
    /** Document: the document date, ISO (indexed, stored); {@link #DCT_DAY} its epoch day (doc values, sorting). */
    static final String DCT = "dct";
    static final String DCT_DAY = "dct_day";
    /** Document: where the document date came from, or {@code none} (stored). */
    static final String DCT_FROM = "dct_from";
    /** Document: news or narrative (stored). */
    static final String GENRE = "genre";
    /** Document: the text; entry: its sentence (full text with offsets for highlighting, stored). */
    static final String TEXT = "text";
    /** Document: the TIMEX3 values of its time expressions (indexed: {@code timex:1950-10-25}). */
    static final String TIMEX = "timex";
    /** Document: its time expressions (stored JSON, {@link StoredJson}). */
    static final String TIMEXES_JSON = "timexes_json";
    /** Both: time ranges in epoch days. */
    static final String WHEN = "when";
    /** Entry: interval bounds in epoch days (doc values, chronological sorting). */
    static final String START = "start";
    static final String END = "end";
    /** Entry: its rank in its document's timeline (doc values). */
    static final String POSITION = "position";
    /** Entry: the trigger and its lemma (full text). */
    static final String EVENT = "event";
    /**
     * Entry: its facet values, all in one sorted-set doc values field (one lookup per hit when counting), each
     * prefixed by its facet: {@link #YEAR}, {@link #MONTH}, {@link #PARTICIPANT} or {@link #PLACE}.
     */
    static final String FACETS = "facets";
    static final char YEAR = 'y';
    static final char MONTH = 'm';
    static final char PARTICIPANT = 'p';
    static final char PLACE = 'l';
    /**
     * The value of Lucene documents without facets: every Lucene document has {@link #FACETS}, {@link #START} and
     * {@link #END} doc values, so that reading them for each hit is a dense lookup (no sparse-set search).
     */
    static final char NONE = '-';
    /** Document: when it was stored, ISO-8601 instant (stored). */
    static final String INGESTED_AT = "ingested_at";
    /** Document: how it came in, {@link Provenance.Via#label()} (stored). */
    static final String INGESTED_VIA = "ingested_via";
    /** Document: who sent it, when known (stored). */
    static final String INGESTED_FROM = "ingested_from";
    /** Entry: the entry (stored JSON, {@link StoredJson}). */
    static final String ENTRY_JSON = "entry_json";

    /** The stored fields a document hit shows. */
    static final Set<String> STORED_FOR_HITS = Set.of(ID, TITLE, URL, DCT, INGESTED_AT, INGESTED_VIA, SOURCE, TEXT);

    /** The fields a text query searches, with their boosts. */
    static final Map<String, Float> SEARCHED = Map.of(TEXT, 1f, TITLE, 2f, EVENT, 2f);

    /** Full text, stored, with offsets in the postings so that the highlighter needs no re-analysis. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexSchema() {
    }

    /** English full text (stemmed, stop words removed); keyword fields are kept whole. */
    static Analyzer analyzer() {
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(ID, keyword, OWNER, keyword, KIND, keyword,
                TIMEX, keyword, DCT, keyword));
    }

    /** The block of Lucene documents for one archived document: the document first, then its entries in order. */
    static List<Document> block(Analysis a) {
        List<Document> block = new ArrayList<>(1 + a.entries().size());
        block.add(document(a));
        for (int k = 0; k < a.entries().size(); k++) {
            block.add(entry(a.id(), k, a.entries().get(k)));
        }
        return block;
    }

    private static Document document(Analysis a) {
        TaggedDocument t = a.tagged();
        org.annals.model.Document in = t.document();
        Document d = new Document();
        d.add(new StringField(KIND, KIND_DOCUMENT, Field.Store.NO));
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        d.add(new StoredField(SOURCE, in.source()));
        if (in.title() != null) {
            d.add(new TextField(TITLE, in.title(), Field.Store.YES));
        }
        if (in.url() != null) {
            d.add(new StoredField(URL, in.url()));
        }
        if (t.date() != null) {
            LocalDate dct = t.date().value();
            d.add(new StringField(DCT, dct.toString(), Field.Store.YES));
            d.add(new NumericDocValuesField(DCT_DAY, dct.toEpochDay()));
        }
        d.add(new StoredField(DCT_FROM, t.date() == null ? "none" : t.date().from().label()));
        d.add(new StoredField(GENRE, t.genre().label()));
        Provenance p = a.provenance();
        d.add(new StoredField(INGESTED_AT, p.at().toString()));
        d.add(new StoredField(INGESTED_VIA, p.via().label()));
        if (p.client() != null) {
            d.add(new StoredField(INGESTED_FROM, p.client()));
        }
        long day = t.date() == null ? 0 : t.date().value().toEpochDay();
        d.add(new NumericDocValuesField(START, day));
        d.add(new NumericDocValuesField(END, day));
        d.add(facet(NONE, ""));
        d.add(new Field(TEXT, t.text(), TEXT_WITH_OFFSETS));
        Set<String> values = new HashSet<>();
        Set<Interval> ranges = new LinkedHashSet<>();
        LocalDate dct = t.date() == null ? null : t.date().value();
        if (dct != null) {
            ranges.add(new Interval(dct, dct, org.annals.time.Granularity.DAY));
        }
        for (Timex x : t.timexes()) {
            if (values.add(x.value())) {
                d.add(new StringField(TIMEX, x.value(), Field.Store.NO));
            }
            Interval i = Intervals.of(x, dct);
            if (i != null && !Intervals.isOpen(i)) {
                ranges.add(new Interval(i.start(), i.end(), org.annals.time.Granularity.DAY));
            }
        }
        for (Interval i : ranges) {
            d.add(range(i));
        }
        d.add(new StoredField(TIMEXES_JSON, StoredJson.timexes(t.timexes())));
        return d;
    }

    private static Document entry(String owner, int position, TimelineEntry e) {
        Document d = new Document();
        d.add(new StringField(KIND, KIND_ENTRY, Field.Store.NO));
        d.add(new StringField(OWNER, owner, Field.Store.YES));
        Interval i = e.interval();
        d.add(range(evidence(i)));
        d.add(new NumericDocValuesField(START, i.start().toEpochDay()));
        d.add(new NumericDocValuesField(END, i.end().toEpochDay()));
        d.add(new NumericDocValuesField(POSITION, position));
        String sentence = e.sources().isEmpty() || e.sources().get(0).sentence() == null ? ""
                : e.sources().get(0).sentence();
        d.add(new Field(TEXT, sentence, TEXT_WITH_OFFSETS));
        d.add(new TextField(EVENT, e.lemma() == null ? e.event() : e.event() + " " + e.lemma(), Field.Store.NO));
        // what a reader may hide (HiddenEntries): the kind, and the predicate as written and its base form
        if (e.kind() != null) {
            d.add(new StringField(EVENT_KIND, e.kind().label(), Field.Store.NO));
        }
        d.add(new StringField(PREDICATE, e.event().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        if (e.lemma() != null && !e.lemma().equalsIgnoreCase(e.event())) {
            d.add(new StringField(PREDICATE, e.lemma().toLowerCase(java.util.Locale.ROOT), Field.Store.NO));
        }
        Set<String> about = new HashSet<>();
        for (TimelineEntry.Source s : e.sources()) {
            for (org.annals.event.Argument a : s.arguments()) {
                about.addAll(org.annals.timeline.AboutEntity.keys(a.mention().text()));
                about.addAll(org.annals.timeline.AboutEntity.keys(a.entity().text()));
            }
        }
        for (String k : about) {
            d.add(new StringField(ABOUT, k, Field.Store.NO));
        }
        Set<String> participants = new HashSet<>();
        for (Participant p : e.participants()) {
            if (participants.add(p.text())) {
                d.add(facet(PARTICIPANT, p.text()));
            }
        }
        Set<String> places = new HashSet<>();
        for (Participant p : e.places()) {
            if (places.add(p.text())) {
                d.add(facet(PLACE, p.text()));
            }
        }
        if (!Intervals.isOpen(i) && i.start().getYear() == i.end().getYear() && i.start().getYear() >= 0
                && i.start().getYear() <= 9999) {
            d.add(facet(YEAR, year(i.start())));
            if (i.start().getMonthValue() == i.end().getMonthValue()) {
                d.add(facet(MONTH, month(i.start())));
            }
        }
        if (d.getFields(FACETS).length == 0) {
            d.add(facet(NONE, ""));
        }
        d.add(new StoredField(ENTRY_JSON, StoredJson.entry(e)));
        return d;
    }

    private static SortedSetDocValuesField facet(char facet, String label) {
        return new SortedSetDocValuesField(FACETS, new BytesRef(facet + label));
    }

    /** The facet label of a year: {@code 1950}. */
    static String year(LocalDate d) {
        return pad(d.getYear(), 4);
    }

    /** The facet label of a month: {@code 1950-10}. */
    static String month(LocalDate d) {
        return pad(d.getYear(), 4) + "-" + pad(d.getMonthValue(), 2);
    }

    /** A non-negative number with leading zeros up to {@code digits}. */
    private static String pad(int n, int digits) {
        String s = Integer.toString(n);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }

    /**
     * The days a range query matches an entry on: its interval when both ends are known; when one side is open
     * ("before 2023-03-14": any time before), only its known bound, so that the entry matches a range on evidence
     * ({@code --from 1600 --to 1650} does not return a 2023 quote "said" before its article's date) and never on the
     * side nothing bounds.
     */
    static Interval evidence(Interval i) {
        boolean openStart = i.start().equals(Intervals.OPEN_START);
        boolean openEnd = i.end().equals(Intervals.OPEN_END);
        if (openStart && openEnd) {
            return i; // not stored as an entry's time: such an entry has no date
        }
        if (openStart) {
            return new Interval(i.end(), i.end(), i.granularity());
        }
        if (openEnd) {
            return new Interval(i.start(), i.start(), i.granularity());
        }
        return i;
    }

    private static LongRange range(Interval i) {
        return new LongRange(WHEN, new long[] {i.start().toEpochDay()}, new long[] {i.end().toEpochDay()});
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }
}
