package org.annals.event;

import org.annals.api.Genre;
import org.annals.api.Timex;
import org.annals.nlp.Sentence;
import org.annals.time.Granularity;
import org.annals.timeline.Interval;
import org.annals.timeline.Intervals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ties each event to a time and produces the TLINKs of a document.
 *
 * <p>The anchor of an event is, in order:
 * <ol>
 *   <li>the <b>governing timex</b>: the closest dated (DATE/TIME) expression of its sentence within
 *       {@value #REACH} words (by words; the one before the event on a tie), not across a colon or semicolon. Its relation is
 *       IS_INCLUDED, or BEFORE / AFTER / BEGUN_BY / ENDED_BY after "before, by" / "after, following" / "since,
 *       from, beginning" / "until, through";</li>
 *   <li>else, in narratives, the <b>reference time</b>: the last dated expression of the earlier sentences (its
 *       mod, which described another event, is dropped: "late October" tells when the battle was, the next
 *       sentence is in October);</li>
 *   <li>else the <b>document date</b> ({@code t0}), related by tense: past BEFORE, future AFTER, else IS_INCLUDED.</li>
 * </ol>
 * A past perfect ("had invaded", "had been fighting") is before the reference time: when the governing timex is
 * relative to another ("Earlier that month", anchored to Oct. 25, 1950) the event is also BEFORE that one and its
 * interval ends the day before; without a governing timex it is BEFORE the reference time, its range open to the
 * past.
 *
 * <p>TLINKs: event-time (the anchor, plus the past-perfect link), event-document date (from the anchor's interval,
 * else the tense), and event-event between the first events of adjacent sentences when their intervals or the past
 * perfect order them. Stateless and thread-safe.
 */
public final class TemporalLinker {

    static final int REACH = 40;

    private static final Set<String> BEFORE_SIGNALS = Set.of("before", "by", "prior");
    private static final Set<String> AFTER_SIGNALS = Set.of("after", "following");
    private static final Set<String> BEGIN_SIGNALS = Set.of("since", "from", "beginning", "starting");
    private static final Set<String> END_SIGNALS = Set.of("until", "till", "through", "ending");

    /**
     * A document with its TLINKs and the anchor of each event.
     *
     * @param document the document, its {@code tlinks} filled
     * @param anchors  one per event, in event order
     */
    public record Linked(AnalyzedDocument document, List<Anchor> anchors) {
        public Linked {
            anchors = List.copyOf(anchors);
        }
    }

    /** Links a document's events (its existing tlinks are replaced). */
    public Linked link(AnalyzedDocument doc) {
        LocalDate dct = doc.tagged().date().value();
        boolean narrative = doc.tagged().genre() == Genre.NARRATIVE;
        List<Timex> dated = new ArrayList<>();
        Map<String, Interval> intervals = new HashMap<>();
        Map<String, Timex> byTid = new HashMap<>();
        for (Timex t : doc.tagged().timexes()) {
            byTid.put(t.tid(), t);
            Interval i = Intervals.of(t, dct);
            if (i != null) {
                dated.add(t);
                intervals.put(t.tid(), i);
            }
        }
        List<Sentence> sentences = doc.sentences();
        List<TLink> links = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        Interval dctInterval = new Interval(dct, dct, Granularity.DAY);
        // the reference time for each sentence: the last dated timex ending before the sentence starts
        for (Event e : doc.events()) {
            Sentence s = e.sentence() >= 0 && e.sentence() < sentences.size() ? sentences.get(e.sentence()) : null;
            Anchor a = anchor(e, s, dated, intervals, byTid, dct, narrative, links);
            anchors.add(a);
            links.add(link(links, e.eid(), a.tid(), a.relation(), a.cue()));
            // event - document date
            if (!"t0".equals(a.tid())) {
                TLink.Relation r = relation(a.interval(), dctInterval);
                if (r == null) {
                    r = byTense(e.tense());
                }
                if (r != null) {
                    links.add(link(links, e.eid(), "t0", r, "anchor against document date"));
                }
            }
        }
        // event - event, first events of adjacent sentences
        Event prev = null;
        Anchor prevAnchor = null;
        for (int k = 0; k < doc.events().size(); k++) {
            Event e = doc.events().get(k);
            if (prev != null && e.sentence() == prev.sentence()) {
                continue;
            }
            Anchor a = anchors.get(k);
            if (prev != null && e.sentence() == prev.sentence() + 1) {
                TLink.Relation r = relation(prevAnchor.interval(), a.interval());
                String cue = "anchors";
                if (r == null && pastPerfect(e, null) && !pastPerfect(prev, null)) {
                    r = TLink.Relation.AFTER;
                    cue = "past perfect in the next sentence";
                } else if (r == TLink.Relation.SIMULTANEOUS && !a.tid().equals(prevAnchor.tid())) {
                    r = null;
                }
                if (r != null) {
                    links.add(link(links, prev.eid(), e.eid(), r, cue));
                }
            }
            prev = e;
            prevAnchor = a;
        }
        AnalyzedDocument linked = new AnalyzedDocument(doc.tagged(), doc.sentences(), doc.events(), links);
        return new Linked(linked, anchors);
    }

    private Anchor anchor(Event e, Sentence s, List<Timex> dated, Map<String, Interval> intervals,
                          Map<String, Timex> byTid, LocalDate dct, boolean narrative, List<TLink> links) {
        boolean perfect = pastPerfect(e, s);
        Timex governing = s == null ? null : governing(e, s, dated);
        if (governing != null) {
            Interval i = intervals.get(governing.tid());
            TLink.Relation r = TLink.Relation.IS_INCLUDED;
            String mod = governing.modString();
            String signal = s == null ? null : signalBefore(s, governing);
            if (signal != null) {
                if (BEFORE_SIGNALS.contains(signal)) {
                    r = TLink.Relation.BEFORE;
                    i = Intervals.isOpen(i) ? i : new Interval(Intervals.OPEN_START, i.start().minusDays(1), i.granularity());
                    mod = "BEFORE";
                } else if (AFTER_SIGNALS.contains(signal)) {
                    r = TLink.Relation.AFTER;
                    i = Intervals.isOpen(i) ? i : new Interval(i.end().plusDays(1), Intervals.OPEN_END, i.granularity());
                    mod = "AFTER";
                } else if (BEGIN_SIGNALS.contains(signal)) {
                    r = TLink.Relation.BEGUN_BY;
                } else if (END_SIGNALS.contains(signal)) {
                    r = TLink.Relation.ENDED_BY;
                }
            }
            String cue = signal == null ? "governing timex" : "governing timex after '" + signal + "'";
            if (perfect && governing.anchorTid() != null && !"t0".equals(governing.anchorTid())
                    && intervals.containsKey(governing.anchorTid())) {
                Interval ref = intervals.get(governing.anchorTid());
                Interval cut = Intervals.isOpen(ref) ? null : Intervals.endBefore(i, ref.start());
                if (cut != null) {
                    i = cut;
                }
                links.add(link(links, e.eid(), governing.anchorTid(), TLink.Relation.BEFORE, "had + participle"));
            }
            return new Anchor(e.eid(), governing.tid(), r, governing.value(), mod, i, cue);
        }
        Timex ref = narrative && s != null ? reference(s, dated) : null;
        if (ref != null) {
            Interval i = Intervals.of(ref.time(), null, dct);
            if (i == null) {
                i = intervals.get(ref.tid());
            }
            if (perfect && !Intervals.isOpen(i)) {
                return new Anchor(e.eid(), ref.tid(), TLink.Relation.BEFORE, ref.value(), "BEFORE",
                        new Interval(Intervals.OPEN_START, i.start().minusDays(1), i.granularity()),
                        "had + participle, before the reference time");
            }
            return new Anchor(e.eid(), ref.tid(), TLink.Relation.IS_INCLUDED, ref.value(), null, i,
                    "narrative reference time");
        }
        Interval day = new Interval(dct, dct, Granularity.DAY);
        TLink.Relation r = byTense(e.tense());
        if (perfect) {
            r = TLink.Relation.BEFORE;
        }
        if (r == TLink.Relation.BEFORE) {
            return new Anchor(e.eid(), "t0", r, dct.toString(), "BEFORE",
                    new Interval(Intervals.OPEN_START, dct.minusDays(1), Granularity.DAY),
                    "document date, tense " + tenseName(e, perfect));
        }
        if (r == TLink.Relation.AFTER) {
            return new Anchor(e.eid(), "t0", r, dct.toString(), "AFTER",
                    new Interval(dct.plusDays(1), Intervals.OPEN_END, Granularity.DAY), "document date, tense future");
        }
        return new Anchor(e.eid(), "t0", TLink.Relation.IS_INCLUDED, dct.toString(), null, day,
                "document date");
    }

    private static String tenseName(Event e, boolean perfect) {
        return perfect ? "past perfect" : e.tense().name().toLowerCase(Locale.ROOT);
    }

    /** The closest dated timex of the sentence, before the event first, not across ':' or ';'. */
    private static Timex governing(Event e, Sentence s, List<Timex> dated) {
        int from = ParticipantFinder.firstEndingAfter(dated, s.begin());
        Timex before = null;
        Timex after = null;
        for (int x = from; x < dated.size(); x++) {
            Timex t = dated.get(x);
            if (t.begin() >= s.end()) {
                break;
            }
            if (t.end() <= e.begin()) {
                before = t;
            } else if (t.begin() >= e.end() && after == null) {
                after = t;
            }
        }
        int at = ParticipantFinder.wordAt(s, e.begin());
        int b = before == null ? -1 : ParticipantFinder.wordAt(s, before.end() - 1);
        int a = after == null ? -1 : ParticipantFinder.wordAt(s, after.begin());
        boolean useBefore = before != null && reachable(s, b, at);
        boolean useAfter = after != null && reachable(s, at, a);
        if (useBefore && useAfter) {
            return a - at < at - b ? after : before;
        }
        return useBefore ? before : useAfter ? after : null;
    }

    private static boolean reachable(Sentence s, int from, int to) {
        if (to - from > REACH) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            String t = s.words().get(k).text();
            if (t.equals(":") || t.equals(";")) {
                return false;
            }
        }
        return true;
    }

    /** The signal word just before a timex ("before", "since"), skipping one preposition ("beginning on"). */
    private static String signalBefore(Sentence s, Timex t) {
        int k = ParticipantFinder.wordAt(s, t.begin()) - 1;
        for (int back = 0; back < 2 && k >= 0; back++, k--) {
            String w = s.words().get(k).text().toLowerCase(Locale.ROOT);
            if (BEFORE_SIGNALS.contains(w) || AFTER_SIGNALS.contains(w) || BEGIN_SIGNALS.contains(w)
                    || END_SIGNALS.contains(w)) {
                return w;
            }
            if (!(w.equals("on") || w.equals("in") || w.equals("at") || w.equals("of") || w.equals("to"))) {
                return null;
            }
        }
        return null;
    }

    /** The reference time before a sentence: the last dated timex ending before it. */
    private static Timex reference(Sentence s, List<Timex> dated) {
        int x = ParticipantFinder.firstEndingAfter(dated, s.begin()) - 1;
        return x < 0 ? null : dated.get(x);
    }

    /** Past perfect from the event's tense and aspect, or (when they are unknown) "had" just before it. */
    static boolean pastPerfect(Event e, Sentence s) {
        if (e.tense() == Tense.PAST && (e.aspect() == Aspect.PERFECTIVE || e.aspect() == Aspect.PERFECTIVE_PROGRESSIVE)) {
            return true;
        }
        if (s == null || e.aspect() != Aspect.NONE || e.tense() != Tense.NONE && e.tense() != Tense.PAST
                && e.tense() != Tense.PASTPART) {
            return false;
        }
        int at = ParticipantFinder.wordAt(s, e.begin());
        for (int k = at - 1; k >= 0 && k >= at - 3; k--) {
            String w = s.words().get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals("had")) {
                return true;
            }
        }
        return false;
    }

    private static TLink.Relation byTense(Tense t) {
        return switch (t) {
            case PAST, PASTPART -> TLink.Relation.BEFORE;
            case FUTURE -> TLink.Relation.AFTER;
            case PRESENT -> TLink.Relation.IS_INCLUDED;
            default -> null;
        };
    }

    /** a's relation to b when the intervals decide it: BEFORE, AFTER, SIMULTANEOUS (same day), IS_INCLUDED. */
    static TLink.Relation relation(Interval a, Interval b) {
        if (a.end().isBefore(b.start())) {
            return TLink.Relation.BEFORE;
        }
        if (a.start().isAfter(b.end())) {
            return TLink.Relation.AFTER;
        }
        if (a.equals(b) && a.granularity() == Granularity.DAY && !Intervals.isOpen(a)) {
            return TLink.Relation.SIMULTANEOUS;
        }
        if (b.start().equals(b.end()) && !a.start().isAfter(b.start()) && !a.end().isBefore(b.end())
                && !a.equals(b)) {
            return TLink.Relation.INCLUDES;
        }
        return null;
    }

    private static TLink link(List<TLink> links, String source, String target, TLink.Relation r, String cue) {
        if (r == TLink.Relation.BEGUN_BY || r == TLink.Relation.ENDED_BY) {
            // TimeML states these from the time: t BEGINS e
            return new TLink("l" + (links.size() + 1), target, source, r.inverse(), cue);
        }
        return new TLink("l" + (links.size() + 1), source, target, r, cue);
    }
}
