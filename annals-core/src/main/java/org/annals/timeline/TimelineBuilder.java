package org.annals.timeline;

import org.annals.text.WordLists;
import org.annals.event.Anchor;
import org.annals.event.Argument;
import org.annals.event.EventClass;
import org.annals.event.Event;
import org.annals.event.LinkedDocument;
import org.annals.event.Participant;
import org.annals.model.DocumentDate;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.TaggedDocument;
import org.annals.nlp.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds one timeline from linked documents.
 * <ul>
 *   <li>each event becomes an entry at its anchor's interval; an event on no date (no time in the text, no document
 *       date) is listed at the end, with no value and an interval open on both sides ({@link #UNDATED}), never at an
 *       invented date; each document whose date was given or found (not today's) adds a "published" entry at that
 *       date;</li>
 *   <li>entries are ordered by {@link Intervals#chronological}, then by input document and text position;</li>
 *   <li>across documents, mentions of the same event merge into one entry listing its sources: their intervals
 *       overlap (two different times, "2010" and "7 June 2010", or "before 20 October 2010", only when both name
 *       the same patient, and the same agent when both name one: the mention then takes the other's day), their predicates are the same or close paraphrases ({@code paraphrases.tsv}: "crossed" and
 *       "crossing", "invaded" and "invasion"), and they share a participant or place (same name, or one containing
 *       the other); a report or an attitude ("said", "believes": {@link EventClass#REPORTING}, {@code I_STATE})
 *       merges only with the same sentence in another document (a reprinted wire story), since two papers' "Castro
 *       said" on one day are two statements. The merged entry keeps the narrower interval and the union of the
 *       names.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TimelineBuilder {

    private static final Map<String, String> PARAPHRASE = paraphrases();
    /** The event and lemma of the entry a document's publication adds. */
    private static final String PUBLISHED_EVENT = "published";
    private static final String PUBLISHED_KEY = "publish";

    private record Item(TimelineEntry entry, int document, int position, String key, boolean published) {
    }

    /**
     * "According to Livy": an attribution of what the sentence tells, which TimeML marks as an event (a reporting one)
     * but which is no event of a timeline.
     */
    static boolean attribution(String text, Event e) {
        return e.text().equalsIgnoreCase("according") && e.end() + 3 <= text.length()
                && text.regionMatches(true, e.end(), " to", 0, 3);
    }

    /**
     * "The Korean War began in 1950", "The French Revolution began in 1789": the event's word is the head of a name
     * (capitalized after a capitalized word, mid-sentence) and another event of its sentence, at the same time, tells
     * what happened to it; the name is no entry of its own. A name that is its sentence's only event at its time
     * stays ("the Korean War, 1950-53").
     */
    static boolean namedAndTold(String text, List<Event> events, List<Anchor> anchors, int k) {
        Event e = events.get(k);
        if (e.text().isEmpty() || !Character.isUpperCase(e.text().charAt(0)) || !afterCapitalized(text, e.begin())) {
            return false;
        }
        String tid = anchors.get(k).tid();
        if (tid == null) {
            return false;
        }
        for (int j = Math.max(0, k - NAME_NEIGHBOURS); j < Math.min(events.size(), k + NAME_NEIGHBOURS + 1); j++) {
            Event o = events.get(j);
            if (j != k && o.sentence() == e.sentence() && tid.equals(anchors.get(j).tid()) && !o.text().isEmpty()
                    && Character.isLowerCase(o.text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** How many events on each side of a name's are looked at for the event that tells what happened to it. */
    private static final int NAME_NEIGHBOURS = 8;

    /** The word before offset {@code at} (across spaces and one hyphen) starts with a capital letter. */
    private static boolean afterCapitalized(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i--;
        }
        if (i >= 0 && i < at - 1 && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
            i--; // "the Seven Years' War"
        }
        if (i < 0 || i == at - 1 || !Character.isLetterOrDigit(text.charAt(i))) {
            return false;
        }
        while (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-'
                || text.charAt(i - 1) == '\'')) {
            i--;
        }
        return Character.isUpperCase(text.charAt(i));
    }

    /** The interval of an event on no date: open on both sides, so it sorts last and matches no date range. */
    static final Interval UNDATED = new Interval(Intervals.OPEN_START, Intervals.OPEN_END,
            org.annals.time.Granularity.DAY);

    /** The timeline of the documents, in the given order. */
    public Timeline build(List<LinkedDocument> documents) {
        List<Item> items = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            LinkedDocument linked = documents.get(d);
            TaggedDocument tagged = linked.document().tagged();
            String text = tagged.text();
            List<Sentence> sentences = linked.document().sentences();
            List<Event> events = linked.document().events();
            Map<Integer, String> sentenceText = new HashMap<>();
            for (int k = 0; k < events.size(); k++) {
                Event e = events.get(k);
                Anchor a = linked.anchors().get(k);
                // nothing dates it (no time in the text, no document date): listed at the end, on no date
                Interval interval = a.interval() != null ? a.interval() : UNDATED;
                if (attribution(text, e)) {
                    continue; // "According to Livy, ...": who tells it, not what happened
                }
                if (namedAndTold(text, events, linked.anchors(), k)) {
                    continue; // "The Korean War began in 1950": the entry is "began", not "War"
                }
                Sentence s = e.sentence() >= 0 && e.sentence() < sentences.size() ? sentences.get(e.sentence()) : null;
                String sentence = s == null ? ""
                        : sentenceText.computeIfAbsent(e.sentence(), x -> clean(text.substring(s.begin(), s.end())));
                String lemma = e.lemma() == null ? e.text().toLowerCase(Locale.ROOT) : e.lemma();
                TimelineEntry entry = new TimelineEntry(a.value(), a.mod(), interval, e.text(), lemma,
                        span(text, s, e), e.participants(), e.places(),
                        List.of(new TimelineEntry.Source(tagged.source(), e.begin(), e.end(), sentence, e.eid(), null,
                                e.arguments())),
                        a.basis(), a.tid(), e.eventClass());
                items.add(new Item(entry, d, e.begin(), key(lemma), false));
            }
            DocumentDate dct = tagged.date();
            if (dct != null && dct.from() != DocumentDate.Source.TODAY) {
                String title = title(tagged);
                Interval day = new Interval(dct.value(), dct.value(), org.annals.time.Granularity.DAY);
                items.add(new Item(new TimelineEntry(dct.value().toString(), null, day, PUBLISHED_EVENT, PUBLISHED_KEY,
                        title, List.of(), List.of(), List.of(new TimelineEntry.Source(tagged.source(), 0, 0, title,
                        null)), Anchor.Basis.DOCUMENT, "t0"), d, Integer.MAX_VALUE, PUBLISHED_KEY, true));
            }
        }
        return assemble(items);
    }

    /**
     * Merges the timelines of single documents (each built by {@link #build} from one document) into the timeline
     * {@link #build} gives for all of them: the list order is the document order. Used where documents are
     * analysed apart (the archive, the Spark job).
     */
    public Timeline merge(List<Timeline> perDocument) {
        List<Item> items = new ArrayList<>();
        for (int d = 0; d < perDocument.size(); d++) {
            for (TimelineEntry e : perDocument.get(d).entries()) {
                boolean published = isPublication(e);
                int position = published || e.sources().isEmpty() ? Integer.MAX_VALUE : e.sources().get(0).begin();
                items.add(new Item(e, d, position, mergeKey(e), published));
            }
        }
        return assemble(items);
    }

    /** True for the entry a document's own publication date adds. */
    public static boolean isPublication(TimelineEntry e) {
        return isPublication(e.event(), e.sources().isEmpty() ? null : e.sources().get(0));
    }

    private static boolean isPublication(String event, TimelineEntry.Source first) {
        return PUBLISHED_EVENT.equals(event) && first != null && first.eid() == null;
    }

    /**
     * The merge key of an entry: only entries with the same key can merge (the predicate's paraphrase group, else
     * its crude stem; publication entries never merge).
     */
    public static String mergeKey(TimelineEntry e) {
        return mergeKey(e.event(), e.lemma(), e.sources().isEmpty() ? null : e.sources().get(0));
    }

    /**
     * {@link #mergeKey(TimelineEntry)} from the parts it depends on: the entry's event, its lemma and its first source
     * (null when it has none), for callers that hold entries in another form (the Spark job's rows).
     */
    public static String mergeKey(String event, String lemma, TimelineEntry.Source firstSource) {
        return isPublication(event, firstSource) ? PUBLISHED_KEY : key(lemma);
    }

    private static Timeline assemble(List<Item> items) {
        items.sort(Comparator.<Item, Interval>comparing(i -> i.entry().interval(), Intervals::chronological)
                .thenComparingInt(Item::document).thenComparingInt(Item::position));
        List<TimelineEntry> merged = mergeItems(items);
        // a merged entry may have taken a narrower interval: sort again (stable, ties keep their order)
        merged.sort(Comparator.comparing(TimelineEntry::interval, Intervals::chronological));
        return new Timeline(merged);
    }

    /** How many earlier entries of the same predicate a mention is compared with. */
    static final int MAX_CANDIDATES = 64;

    /** Merges mentions of the same event from different documents into the first of them. */
    private static List<TimelineEntry> mergeItems(List<Item> items) {
        List<TimelineEntry> out = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        List<List<Integer>> documentsOf = new ArrayList<>();
        Map<String, Set<String>> pairs = new HashMap<>(); // each sentence's word pairs, made once
        for (Item it : items) {
            Integer into = null;
            if (!it.published()) {
                // candidates come in chronological order (by end): walk back until they end before this starts
                List<Integer> same = byKey.getOrDefault(it.key(), List.of());
                // at most MAX_CANDIDATES earlier entries of the same predicate: the merge stays linear in the
                // corpus even when thousands of "said" share a year
                for (int c = same.size() - 1; c >= Math.max(0, same.size() - MAX_CANDIDATES); c--) {
                    int k = same.get(c);
                    if (out.get(k).interval().end().isBefore(it.entry().interval().start())) {
                        break;
                    }
                    if (!documentsOf.get(k).contains(it.document()) && sameEvent(out.get(k), it.entry(), pairs)) {
                        into = k;
                        break;
                    }
                }
            }
            if (into == null) {
                byKey.computeIfAbsent(it.key(), x -> new ArrayList<>()).add(out.size());
                documentsOf.add(new ArrayList<>(List.of(it.document())));
                out.add(it.entry());
            } else {
                out.set(into, merged(out.get(into), it.entry()));
                documentsOf.get(into).add(it.document());
            }
        }
        return out;
    }

    static boolean sameEvent(TimelineEntry a, TimelineEntry b) {
        return sameEvent(a, b, new HashMap<>());
    }

    /** {@link #sameEvent(TimelineEntry, TimelineEntry)} with the sentences' word pairs kept in {@code pairs}. */
    private static boolean sameEvent(TimelineEntry a, TimelineEntry b, Map<String, Set<String>> pairs) {
        // on no date, nothing says two mentions are of one event
        if (a.anchor() == Anchor.Basis.NONE || b.anchor() == Anchor.Basis.NONE || !a.interval().overlaps(b.interval())) {
            return false;
        }
        if (!a.interval().start().equals(b.interval().start()) || !a.interval().end().equals(b.interval().end())) {
            // a wider time ("2010", "before 20 October 2010") holds other days than the narrower one: a mention
            // dated so is the other's event, and takes its day, only when both name who undergoes it (and who does
            // it, when both say): "Jobs first introduced iPhone 4", "iPhone 4 was introduced by Jobs on June 7"
            return !statement(a) && !statement(b) && sameArguments(a, b);
        }
        if (statement(a) || statement(b)) {
            // "Castro said" in two papers on one day are two statements unless they are the same words: a report
            // or an attitude is one event only when both documents give the same sentence (a wire story reprinted)
            return sameSentence(a, b, pairs);
        }
        for (Participant p : names(a)) {
            for (Participant q : names(b)) {
                String x = norm(p.text());
                String y = norm(q.text());
                if (!x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether two entries name the same patient, and the same agent when both name one (by their entities). */
    static boolean sameArguments(TimelineEntry a, TimelineEntry b) {
        Set<String> pa = entities(a, Argument.Role.PATIENT);
        Set<String> pb = entities(b, Argument.Role.PATIENT);
        if (pa.isEmpty() || java.util.Collections.disjoint(pa, pb)) {
            return false;
        }
        Set<String> aa = entities(a, Argument.Role.AGENT);
        Set<String> ab = entities(b, Argument.Role.AGENT);
        return aa.isEmpty() || ab.isEmpty() || !java.util.Collections.disjoint(aa, ab);
    }

    /** The names (keys) of the entities an entry's mentions give in a role: names only, not "the device". */
    private static Set<String> entities(TimelineEntry e, Argument.Role role) {
        Set<String> out = new HashSet<>();
        for (TimelineEntry.Source s : e.sources()) {
            for (Argument x : s.arguments()) {
                if (x.role() == role && x.referent() != null) {
                    out.add(norm(x.referent().text()));
                }
            }
        }
        return out;
    }

    /** A report ("said", "announced") or an attitude ("believes", "fears"): someone's words, not a happening. */
    private static boolean statement(TimelineEntry e) {
        return e.kind() == EventClass.REPORTING || e.kind() == EventClass.I_STATE;
    }

    /**
     * Share of word pairs two sentences must have in common (of all the pairs of both) to be the same sentence: a
     * reprint differs by a typo or two, while two sentences about the same people share words but few pairs.
     */
    static final double SAME_SENTENCE = 0.5;

    /** Whether a source sentence of {@code a} and one of {@code b} are the same words, small differences apart. */
    static boolean sameSentence(TimelineEntry a, TimelineEntry b) {
        return sameSentence(a, b, new HashMap<>());
    }

    private static boolean sameSentence(TimelineEntry a, TimelineEntry b, Map<String, Set<String>> pairs) {
        for (TimelineEntry.Source x : a.sources()) {
            if (x.sentence() == null) {
                continue;
            }
            for (TimelineEntry.Source y : b.sources()) {
                if (y.sentence() == null) {
                    continue;
                }
                // half the pairs in common needs lengths within a factor of two: most pairs of sentences end here
                int lx = x.sentence().length();
                int ly = y.sentence().length();
                if (Math.min(lx, ly) * 2 < Math.max(lx, ly)) {
                    continue;
                }
                Set<String> px = pairs.computeIfAbsent(x.sentence(), TimelineBuilder::pairs);
                Set<String> py = pairs.computeIfAbsent(y.sentence(), TimelineBuilder::pairs);
                if (px.isEmpty() || py.isEmpty()) {
                    continue;
                }
                int common = 0;
                for (String w : px) {
                    common += py.contains(w) ? 1 : 0;
                }
                if (common >= SAME_SENTENCE * (px.size() + py.size() - common)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence's pairs of successive words, lower case ("castro said", "said his"); its word alone if one. */
    private static Set<String> pairs(String sentence) {
        Set<String> out = new HashSet<>();
        if (sentence == null) {
            return out;
        }
        String last = null;
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (last != null) {
                out.add(last + " " + w);
            }
            last = w;
        }
        if (out.isEmpty() && last != null) {
            out.add(last);
        }
        return out;
    }

    private static List<Participant> names(TimelineEntry e) {
        List<Participant> all = new ArrayList<>(e.participants());
        all.addAll(e.places());
        return all;
    }

    private static TimelineEntry merged(TimelineEntry a, TimelineEntry b) {
        TimelineEntry precise = days(b.interval()) < days(a.interval()) ? b : a;
        List<TimelineEntry.Source> sources = new ArrayList<>(a.sources());
        sources.addAll(b.sources());
        return new TimelineEntry(precise.value(), precise.mod(), precise.interval(), a.event(), a.lemma(), a.text(),
                union(a.participants(), b.participants()), union(a.places(), b.places()), sources, precise.anchor(),
                precise == a ? a.anchorTid() : null, a.kind());
    }

    private static long days(Interval i) {
        return Intervals.isOpen(i) ? Long.MAX_VALUE : i.end().toEpochDay() - i.start().toEpochDay();
    }

    private static List<Participant> union(List<Participant> a, List<Participant> b) {
        Map<String, Participant> m = new LinkedHashMap<>();
        for (Participant p : a) {
            m.putIfAbsent(norm(p.text()), p);
        }
        for (Participant p : b) {
            m.putIfAbsent(norm(p.text()), p);
        }
        return new ArrayList<>(m.values());
    }

    private static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace(".", "").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    /** The event with its participants and places: from the first name to the last, within the sentence. */
    static String span(String text, Sentence s, Event e) {
        int b = e.begin();
        int end = e.end();
        for (Participant p : e.participants()) {
            b = Math.min(b, p.begin());
            end = Math.max(end, p.end());
        }
        for (Participant p : e.places()) {
            b = Math.min(b, p.begin());
            end = Math.max(end, p.end());
        }
        if (b == e.begin() && end == e.end() && s != null) {
            // no names: the trigger and the few words after it, up to a punctuation mark
            int words = 0;
            for (Sentence.Word w : s.words()) {
                if (w.begin() < e.end()) {
                    continue;
                }
                if (!Character.isLetterOrDigit(w.text().charAt(0)) || ++words > 5) {
                    break;
                }
                end = w.end();
            }
        }
        if (b >= 4 && text.regionMatches(true, b - 4, "the ", 0, 4)) {
            b -= 4;
        }
        return clean(text.substring(b, end));
    }

    /** White space runs as one space, none at the ends. */
    private static String clean(String s) {
        if (isClean(s)) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether {@code s} is already as {@link #clean} makes it: single spaces between other characters only. */
    private static boolean isClean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    private static String title(TaggedDocument d) {
        if (d.document().title() != null && !d.document().title().isBlank()) {
            return clean(d.document().title());
        }
        String text = d.text();
        for (int from = 0; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            String t = clean(text.substring(from, Math.min(to, from + 400)));
            if (!t.isEmpty()) {
                return t.length() > 120 ? t.substring(0, 117) + "..." : t;
            }
            from = to + 1;
        }
        return d.source();
    }

    /** The merge key of a predicate: its paraphrase group, else its crude stem. */
    static String key(String lemma) {
        String stem = stem(lemma);
        return PARAPHRASE.getOrDefault(stem, stem);
    }

    static String stem(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        for (String suffix : new String[] {"ing", "ed", "ion", "es", "s", "e"}) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    private static Map<String, String> paraphrases() {
        WordLists groups = WordLists.load(TimelineBuilder.class, "/org/annals/event/en/paraphrases.tsv");
        Map<String, String> m = new HashMap<>();
        for (String name : groups.names()) { // file order: where a stem is in two groups, the earlier one wins
            String group = stem(name);
            for (String w : groups.get(name)) {
                m.putIfAbsent(stem(w), group);
            }
        }
        return Map.copyOf(m);
    }
}
