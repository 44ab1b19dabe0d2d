package org.annals.event;

import org.annals.text.WordLists;
import org.annals.model.Genre;
import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.model.Timex;
import org.annals.nlp.Sentence;
import org.annals.time.Granularity;

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
 *   <li>else, in news, for a simple past event, the <b>story's day</b>: the time of the last past event of the
 *       earlier sentences dated by a time of the text, when it is a day of the week before publication
 *       ("Yesterday, Jobs unveiled iPhone 4. ... He praised its antenna.");</li>
 *   <li>else the <b>document date</b> ({@code t0}), related by tense: past BEFORE, future AFTER, else IS_INCLUDED;
 *       in news, a participle so dated takes instead the anchor of its sentence's closest past verb dated by a
 *       time ("While introducing iPhone 4, Jobs started by ...").</li>
 * </ol>
 * A past perfect ("had invaded", "had been fighting") is before the reference time: when the governing timex is
 * relative to another ("Earlier that month", anchored to Oct. 25, 1950) the event is also BEFORE that one and its
 * interval ends the day before; without a governing timex it is BEFORE the reference time, its range open to the
 * past.
 *
 * <p>TLINKs (rules chosen on TempEval-3 train's TLINKs and TimeBank-Dense, measured by temporal awareness, see
 * docs/evaluation.md):
 * <ul>
 *   <li>event-time: the anchor when it is a time of the text within {@value #VERB_LINK_REACH} words of a verb event
 *       ({@value #NOUN_LINK_REACH} of a noun), plus the past-perfect link; an event anchored on the document date
 *       by tense (past BEFORE, future AFTER, present perfect BEFORE, other present INCLUDES but a present reporting
 *       verb IS_INCLUDED; no link for an event without tense);</li>
 *   <li>event-document date, for events anchored on a time: the anchor's interval against the document's day (the
 *       same day IS_INCLUDED), but a past or future tense wins over an interval that says otherwise (except
 *       IS_INCLUDED), and the tense decides when the interval does not; an infinitive right after a present or
 *       future verb ("plans to buy") AFTER the document date;</li>
 *   <li>event-event: consecutive events of a sentence ({@link #inSentence}); a past reporting verb AFTER the other
 *       past (and present perfect) events of its sentence; two events of a sentence joined by a signal ("x after
 *       y": x AFTER y; also before, following, while, when, during, since, until, because; "After y, x"); coordinated
 *       past verbs ("fell and closed") in sequence; the first events of adjacent sentences when the anchors are two
 *       different times of the text whose intervals order them, or the second is a past perfect;</li>
 *   <li>time-time: each dated time against the document date, and consecutive dated times, by their closed
 *       intervals.</li>
 * </ul>
 * With a {@link RelationClassifier} (by default the shipped one, when there is one) these rule links are the
 * input of the classifier, which replaces the links of the pair kinds it handles ({@link RelationClassifier#relink}).
 * Anchors always come from the rules.
 *
 * <p>Stateless and thread-safe.
 */
public final class TemporalLinker {

    private final RelationClassifier classifier;

    /** A linker with the shipped relation classifier (rules alone when none is shipped). */
    public TemporalLinker() {
        this(RelationClassifier.shipped());
    }

    /** A linker with this relation classifier; null for the rules alone. */
    public TemporalLinker(RelationClassifier classifier) {
        this.classifier = classifier;
    }

    static final int REACH = 40;
    /** Words between a verb event and its governing timex beyond which no TLINK is written between them. */
    static final int VERB_LINK_REACH = 20;
    /** The same for other events (nouns): "the [[meeting]] [[Tuesday]]". */
    static final int NOUN_LINK_REACH = 8;
    /**
     * The cue of an anchor on a news story's day. Its TLINKs are those of the document date's anchor by tense: the
     * day dates the event on a timeline, but on TempEval-3 links to a time of another sentence score worse than
     * the tense's link to the document date.
     */
    static final String STORY_DAY = "news story time: the day the story has reached";

    /** The cue of a participle's anchor taken from its sentence's past verb; its TLINKs are those by tense too. */
    static final String PARTICIPLE = "participle: when its sentence's past verb happened";

    /** A reporting verb dated only by its story's publication: said within this many days before it. */
    static final int REPORTED_DAYS = 7;

    private static final WordLists WORDS = WordLists.load(TemporalLinker.class, "/org/annals/event/en/linker.tsv");
    private static final Set<String> BEFORE_SIGNALS = WORDS.get("before-signals");
    private static final Set<String> AFTER_SIGNALS = WORDS.get("after-signals");
    private static final Set<String> BEGIN_SIGNALS = WORDS.get("begin-signals");
    private static final Set<String> END_SIGNALS = WORDS.get("end-signals");

    /** Links a document's events (its existing tlinks are replaced). */
    public LinkedDocument link(AnalyzedDocument doc) {
        return link(doc, true);
    }

    /**
     * The anchors of a document's events alone, as {@link #link} finds them, without any TLINK (the document's
     * tlinks are empty): what a timeline needs.
     */
    public LinkedDocument anchors(AnalyzedDocument doc) {
        return link(doc, false);
    }

    private LinkedDocument link(AnalyzedDocument doc, boolean withLinks) {
        LocalDate dct = doc.tagged().date() == null ? null : doc.tagged().date().value();
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
        Interval dctInterval = dct == null ? null : new Interval(dct, dct, Granularity.DAY);
        // the reference time for each sentence: the last dated timex ending before the sentence starts
        // (first every anchor, for the headline's events take the body's; the links an anchor implies, "had +
        // participle", are kept aside and numbered in event order below)
        List<List<TLink>> implied = new ArrayList<>();
        for (Event e : doc.events()) {
            Sentence s = sentenceOf(e, sentences);
            List<TLink> own = withLinks ? new ArrayList<>(1) : null;
            anchors.add(anchor(e, s, dated, intervals, dct, narrative, own, doc.events(), anchors));
            implied.add(own);
        }
        if (dct != null && !narrative) {
            headlines(doc, anchors, dct);
            participles(doc.events(), anchors);
        }
        if (!withLinks) {
            return new LinkedDocument(
                    new AnalyzedDocument(doc.tagged(), doc.sentences(), doc.events(), List.of()), anchors);
        }
        List<Anchor> linking = forLinks(doc, anchors);
        for (int k = 0; k < doc.events().size(); k++) {
            Event e = doc.events().get(k);
            Sentence s = sentenceOf(e, sentences);
            Anchor a = linking.get(k);
            for (TLink t : implied.get(k)) {
                links.add(new TLink("l" + (links.size() + 1), t.source(), t.target(), t.relation(), t.cue()));
            }
            if (a.tid() == null) {
                continue;
            }
            TLink.Relation tense = byTense(e);
            Timex governing = byTid.get(a.tid());
            boolean far = governing != null && s != null && a.cue().startsWith("governing timex")
                    && words(s, e, governing) > (e.tense() == Tense.NONE ? NOUN_LINK_REACH : VERB_LINK_REACH);
            if (!far && (!"t0".equals(a.tid()) || tense != null || a.relation() != TLink.Relation.IS_INCLUDED)) {
                // (an event without tense anchored on the document date only by default is not linked; nor an
                // event to a governing time far from it: on the data such links are mostly wrong)
                links.add(link(links, e.eid(), a.tid(), "t0".equals(a.tid()) && tense != null
                        && !pastPerfect(e, s) ? tense : a.relation(), a.cue()));
            }
            // event - document date
            if (dctInterval != null && !"t0".equals(a.tid()) && a.interval() != null) {
                TLink.Relation r = relation(compared(a, intervals::get), dctInterval);
                if (r == TLink.Relation.SIMULTANEOUS) {
                    r = TLink.Relation.IS_INCLUDED;     // an event of the document's day happens within it
                } else if (r == TLink.Relation.INCLUDES) {
                    r = null;                           // "this year": the tense tells more
                }
                if (r == null || (tense == TLink.Relation.BEFORE || tense == TLink.Relation.AFTER) && r != tense
                        && r != TLink.Relation.IS_INCLUDED) {
                    r = tense;      // a past or future tense is more often right than the time's interval
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
            Anchor a = linking.get(k);
            if (prev != null && e.sentence() == prev.sentence() + 1) {
                // anchor intervals order the events only when both are times of the text (the document date's open
                // past and future order nothing on the data), of different times, and one is wholly before the other
                boolean timed = a.tid() != null && prevAnchor.tid() != null && !"t0".equals(a.tid())
                        && !"t0".equals(prevAnchor.tid()) && !a.tid().equals(prevAnchor.tid());
                TLink.Relation r = timed ? relation(compared(prevAnchor, intervals::get), compared(a, intervals::get))
                        : null;
                String cue = "anchors";
                if (r == null && pastPerfect(e, null) && !pastPerfect(prev, null)) {
                    r = TLink.Relation.AFTER;
                    cue = "past perfect in the next sentence";
                } else if (r == TLink.Relation.SIMULTANEOUS || r == TLink.Relation.INCLUDES) {
                    r = null;       // two events of one day, or of a period and a day in it: order unknown
                }
                if (r != null) {
                    links.add(link(links, prev.eid(), e.eid(), r, cue));
                }
            }
            prev = e;
            prevAnchor = a;
        }
        // event - event: a subordinating signal ("after", "before", "while") between two events of a sentence
        signalLinks(doc.events(), sentences, links);
        // event - event, consecutive events of a sentence
        for (int k = 1; k < doc.events().size(); k++) {
            Event x = doc.events().get(k - 1);
            Event y = doc.events().get(k);
            if (x.sentence() == y.sentence()) {
                Sentence s = sentenceOf(x, sentences);
                TLink.Relation r = inSentence(x, y, s);
                if (r != null) {
                    links.add(link(links, x.eid(), y.eid(), r, "next event in the sentence"));
                }
            }
        }
        // event - document date: an infinitive governed by a present or future verb ("plans to buy", "will try to")
        for (int k = 1; k < doc.events().size(); k++) {
            Event x = doc.events().get(k - 1);
            Event y = doc.events().get(k);
            if (y.tense() == Tense.INFINITIVE && x.sentence() == y.sentence() && "t0".equals(linking.get(k).tid())
                    && (x.tense() == Tense.FUTURE || x.tense() == Tense.PRESENT && x.aspect() == Aspect.NONE)) {
                links.add(link(links, y.eid(), "t0", TLink.Relation.AFTER, "infinitive of a present or future verb"));
            }
        }
        // event - event: a past reporting verb after the other past events of its sentence ("said ... fell ... rose")
        for (int k = 0; k < doc.events().size(); k++) {
            Event r = doc.events().get(k);
            if (r.eventClass() != EventClass.REPORTING || r.tense() != Tense.PAST) {
                continue;
            }
            for (int j = k - 2; j >= 0 && doc.events().get(j).sentence() == r.sentence(); j--) {
                Event x = doc.events().get(j);
                if (reported(x)) {
                    links.add(link(links, x.eid(), r.eid(), TLink.Relation.BEFORE, "reported past event"));
                }
            }
            for (int j = k + 2; j < doc.events().size() && doc.events().get(j).sentence() == r.sentence(); j++) {
                Event x = doc.events().get(j);
                if (reported(x)) {
                    links.add(link(links, r.eid(), x.eid(), TLink.Relation.AFTER, "reported past event"));
                }
            }
        }
        timexLinks(dated, intervals, dctInterval, links);
        if (classifier != null) {
            links = classifier.relink(doc, linking, links);
        }
        AnalyzedDocument linked = new AnalyzedDocument(doc.tagged(), doc.sentences(), doc.events(), links);
        return new LinkedDocument(linked, anchors);
    }

    /** The sentence of an event, or null when its index is out of the list. */
    private static Sentence sentenceOf(Event e, List<Sentence> sentences) {
        return e.sentence() >= 0 && e.sentence() < sentences.size() ? sentences.get(e.sentence()) : null;
    }

    /** The most words a headline has. */
    static final int HEADLINE_WORDS = 16;

    /**
     * A news story's headline tells the story's events, not its publication ("Rebels seize bridge" above "The rebels
     * seized the bridge on Tuesday"): an event of the headline that only the document date anchors takes the anchor
     * of the first event of the body with its lemma; with none, a headline's present tense is the recent past, the
     * days before publication, as for a reporting verb. The headline is the text's first sentence when it is short,
     * has no final stop and ends its line.
     */
    private static void headlines(AnalyzedDocument doc, List<Anchor> anchors, LocalDate dct) {
        List<Sentence> sentences = doc.sentences();
        if (sentences.isEmpty() || !headline(doc.tagged().text(), sentences.getFirst())) {
            return;
        }
        List<Event> events = doc.events();
        for (int k = 0; k < events.size() && events.get(k).sentence() == 0; k++) {
            Event e = events.get(k);
            Anchor a = anchors.get(k);
            // (an anchor on t0 is the document date's by default: a time of the text would have its own tid)
            if (!"t0".equals(a.tid()) || e.tense() == Tense.FUTURE || e.tense() == Tense.INFINITIVE) {
                continue;
            }
            Anchor body = null;
            for (int j = k + 1; j < events.size() && body == null; j++) {
                Event f = events.get(j);
                if (f.sentence() > 0 && f.lemma().equals(e.lemma()) && anchors.get(j).interval() != null) {
                    body = anchors.get(j);
                }
            }
            if (body != null) {
                anchors.set(k, new Anchor(e.eid(), body.tid(), body.relation(), body.value(), body.mod(),
                        body.interval(), "headline: the story's event, as told in the text", body.basis()));
            } else if (e.tense() == Tense.PRESENT || e.tense() == Tense.NONE) {
                anchors.set(k, new Anchor(e.eid(), "t0", TLink.Relation.BEFORE, dct.toString(), "BEFORE",
                        new Interval(dct.minusDays(REPORTED_DAYS), dct, Granularity.DAY),
                        "headline: the story's event, in the days before publication", Anchor.Basis.DOCUMENT));
            }
        }
    }

    /** A short first line without a final stop, on a line of its own. */
    static boolean headline(String text, Sentence s) {
        if (s.words().isEmpty() || s.words().size() > HEADLINE_WORDS || s.end() > text.length()) {
            return false;
        }
        String last = s.words().getLast().text();
        if (last.equals(".") || last.equals("!") || last.equals("?")) {
            return false;
        }
        int i = s.end();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
    }

    /** The anchor of an event; the past-perfect TLINK it implies is added to {@code links} (null: not wanted). */
    private Anchor anchor(Event e, Sentence s, List<Timex> dated, Map<String, Interval> intervals, LocalDate dct,
                          boolean narrative, List<TLink> links, List<Event> events, List<Anchor> before) {
        boolean perfect = pastPerfect(e, s);
        Timex governing = s == null ? null : governing(e, s, dated, events);
        if (governing != null && presentOverPast(e, governing, intervals.get(governing.tid()), dct, narrative)) {
            governing = null; // "Curators say the oldest volume, covering the winter of 1887, was found": said now
        }
        Anchor spanned = governing == null ? null : range(e, s, governing, dated, intervals);
        if (spanned != null) {
            return spanned;
        }
        if (governing != null) {
            Interval i = intervals.get(governing.tid());
            TLink.Relation r = TLink.Relation.IS_INCLUDED;
            String mod = governing.modString();
            String signal = s == null ? null : signalBefore(s, governing);
            if (signal != null) {
                if (BEFORE_SIGNALS.contains(signal) && "END".equals(mod) && !Intervals.isOpen(i)) {
                    // "before the end of the decade": by its end, not before its last third ("until the 1960s")
                    r = TLink.Relation.BEFORE;
                    i = new Interval(Intervals.OPEN_START, i.end(), i.granularity());
                    mod = "ON_OR_BEFORE";
                } else if (BEFORE_SIGNALS.contains(signal)) {
                    r = TLink.Relation.BEFORE;
                    i = Intervals.isOpen(i) ? i : new Interval(Intervals.OPEN_START, i.start().minusDays(1), i.granularity());
                    mod = "BEFORE";
                } else if (AFTER_SIGNALS.contains(signal)) {
                    r = TLink.Relation.AFTER;
                    i = Intervals.isOpen(i) ? i : new Interval(i.end().plusDays(1), Intervals.OPEN_END, i.granularity());
                    mod = "AFTER";
                } else if (BEGIN_SIGNALS.contains(signal)) {
                    // "Since 1990 the museum has housed the collection": what a text in the present says has held
                    // since a time still holds when it is written, from the time up to the document date ("beginning
                    // on Oct. 25, 1950, the army crossed" stays at the day it began)
                    r = TLink.Relation.BEGUN_BY;
                    if (!Intervals.isOpen(i) && signal.equals("since") && e.tense() == Tense.PRESENT && dct != null
                            && !dct.isBefore(i.end())) {
                        i = new Interval(i.start(), dct, i.granularity());
                        mod = "ON_OR_AFTER";
                    }
                } else if (END_SIGNALS.contains(signal)) {
                    // "The king reigned until 1547": up to the time's end, from a start the text does not give
                    r = TLink.Relation.ENDED_BY;
                    if (!Intervals.isOpen(i)) {
                        i = new Interval(Intervals.OPEN_START, i.end(), i.granularity());
                        mod = "ON_OR_BEFORE";
                    }
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
                if (links != null) {
                    links.add(link(links, e.eid(), governing.anchorTid(), TLink.Relation.BEFORE, "had + participle"));
                }
            }
            return new Anchor(e.eid(), governing.tid(), r, governing.value(), mod, i, cue, basis(e, s, governing));
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
                        "had + participle, before the reference time", Anchor.Basis.STORY);
            }
            return new Anchor(e.eid(), ref.tid(), TLink.Relation.IS_INCLUDED, ref.value(), null, i,
                    "narrative reference time", Anchor.Basis.STORY);
        }
        Anchor story = narrative ? null : newsStoryDay(e, events, before, dct, perfect);
        if (story != null) {
            return story;
        }
        return byDocumentDate(e, dct, perfect);
    }

    /**
     * In news, a participle with no time of its own ("While introducing iPhone 4, Jobs started by hinting at it,
     * saying ...") happened when its sentence's past verb did: it takes the anchor of the closest past verb of its
     * sentence dated by a time (its clause's, its sentence's or the story's day), the one before it on a tie.
     */
    private static void participles(List<Event> events, List<Anchor> anchors) {
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            if (!"VBG".equals(e.pos()) || e.tense() != Tense.PRESPART && e.tense() != Tense.NONE
                    || anchors.get(k).basis() != Anchor.Basis.DOCUMENT) {
                continue;
            }
            Anchor from = null;
            for (int d = 1; from == null; d++) {
                boolean left = k - d >= 0 && events.get(k - d).sentence() == e.sentence();
                boolean right = k + d < events.size() && events.get(k + d).sentence() == e.sentence();
                if (!left && !right) {
                    break;
                }
                for (int j : new int[]{k - d, k + d}) {
                    if (from == null && j >= 0 && j < events.size() && events.get(j).sentence() == e.sentence()
                            && events.get(j).tense() == Tense.PAST && timed(anchors.get(j))) {
                        from = anchors.get(j);
                    }
                }
            }
            if (from != null) {
                anchors.set(k, new Anchor(e.eid(), from.tid(), from.relation(), from.value(), from.mod(),
                        from.interval(), PARTICIPLE, from.basis()));
            }
        }
    }

    /** An anchor on a time of the text (its clause's, its sentence's, the story's), not the document date's. */
    private static boolean timed(Anchor a) {
        return a.basis() != Anchor.Basis.DOCUMENT && a.basis() != Anchor.Basis.NONE && a.tid() != null
                && !"t0".equals(a.tid());
    }

    /**
     * The anchors the TLINKs (the rules' and the classifier's features) are made from: a news story's day ({@link
     * #STORY_DAY}) gives way to the document date's anchor by tense.
     */
    static List<Anchor> forLinks(AnalyzedDocument doc, List<Anchor> anchors) {
        LocalDate dct = doc.tagged().date() == null ? null : doc.tagged().date().value();
        List<Anchor> out = new ArrayList<>(anchors.size());
        for (int k = 0; k < anchors.size(); k++) {
            Anchor a = anchors.get(k);
            Event e = doc.events().get(k);
            boolean borrowed = STORY_DAY.equals(a.cue()) || PARTICIPLE.equals(a.cue());
            out.add(borrowed ? byDocumentDate(e, dct, pastPerfect(e, sentenceOf(e, doc.sentences()))) : a);
        }
        return out;
    }

    /** The anchor on the document date, by tense; no anchor (basis NONE) without a document date. */
    private static Anchor byDocumentDate(Event e, LocalDate dct, boolean perfect) {
        if (dct == null) {
            // nothing dates it: the document date is unknown, and none is made up
            return new Anchor(e.eid(), null, null, null, null, null, "no date: the document date is unknown",
                    Anchor.Basis.NONE);
        }
        Interval day = new Interval(dct, dct, Granularity.DAY);
        TLink.Relation r = byTense(e.tense());
        if (perfect) {
            r = TLink.Relation.BEFORE;
        }
        if (r == TLink.Relation.BEFORE && !perfect && e.eventClass() == EventClass.REPORTING) {
            // what a news story reports was said in the days before it was published, not at any time before
            return new Anchor(e.eid(), "t0", r, dct.toString(), "BEFORE",
                    new Interval(dct.minusDays(REPORTED_DAYS), dct, Granularity.DAY),
                    "document date, reporting verb, tense " + tenseName(e, perfect), Anchor.Basis.DOCUMENT);
        }
        if (r == TLink.Relation.BEFORE) {
            return new Anchor(e.eid(), "t0", r, dct.toString(), "BEFORE",
                    new Interval(Intervals.OPEN_START, dct.minusDays(1), Granularity.DAY),
                    "document date, tense " + tenseName(e, perfect), Anchor.Basis.DOCUMENT);
        }
        if (r == TLink.Relation.AFTER) {
            return new Anchor(e.eid(), "t0", r, dct.toString(), "AFTER",
                    new Interval(dct.plusDays(1), Intervals.OPEN_END, Granularity.DAY), "document date, tense future",
                    Anchor.Basis.DOCUMENT);
        }
        return new Anchor(e.eid(), "t0", TLink.Relation.IS_INCLUDED, dct.toString(), null, day,
                "document date", Anchor.Basis.DOCUMENT);
    }

    /**
     * In news, a simple past event with no time of its own happened on the day the story has reached: the time of
     * the last past event of the earlier sentences dated by a time of the text, when that is a day of the week
     * before publication. "Yesterday, Jobs unveiled iPhone 4. ... He praised its antenna." puts "praised" yesterday
     * too; a story that has moved to another time ("In 2004 he fought cancer") keeps its events off that day, while
     * a time that dates no past event ("up 82% from 9 months ago", "will ship in 2007") does not move it. Null when
     * the rule does not apply.
     *
     * @param before the anchors of the events before {@code e}, in order
     */
    private static Anchor newsStoryDay(Event e, List<Event> events, List<Anchor> before, LocalDate dct,
                                       boolean perfect) {
        if (dct == null || perfect || e.tense() != Tense.PAST || e.aspect() == Aspect.PERFECTIVE) {
            return null;
        }
        for (int j = before.size() - 1; j >= 0; j--) {
            Event x = events.get(j);
            Anchor a = before.get(j);
            if (x.sentence() >= e.sentence() || x.tense() != Tense.PAST || a.tid() == null || "t0".equals(a.tid())
                    || a.interval() == null) {
                continue;
            }
            Interval i = a.interval();
            if (Intervals.isOpen(i) || a.mod() != null || i.end().isAfter(dct)) {
                continue; // "priced at $29 until September 30": a bound, or a time to come, moves no story
            }
            if (!i.start().equals(i.end()) || i.start().isBefore(dct.minusDays(REPORTED_DAYS))) {
                return null;
            }
            return new Anchor(e.eid(), a.tid(), TLink.Relation.IS_INCLUDED, a.value(), null, i, STORY_DAY,
                    Anchor.Basis.STORY);
        }
        return null;
    }

    private static String tenseName(Event e, boolean perfect) {
        return perfect ? "past perfect" : e.tense().name().toLowerCase(Locale.ROOT);
    }

    /** The closest dated timex of the sentence, before the event first, not across ':' or ';'. */
    private static Timex governing(Event e, Sentence s, List<Timex> dated, List<Event> events) {
        boolean verb = e.pos() != null && e.pos().startsWith("VB");
        int from = ParticipantFinder.firstEndingAfter(dated, s.begin());
        int at = ParticipantFinder.wordAt(s, e.begin());
        Timex before = null;
        Timex after = null;
        for (int x = from; x < dated.size(); x++) {
            Timex t = dated.get(x);
            if (t.begin() >= s.end()) {
                break;
            }
            if (t.end() <= e.begin()) {
                if (verb && possessive(s, t)) {
                    continue; // "Yesterday, at this year's conference, Jobs unveiled": the year's is the conference's
                }
                before = t;
            } else if (t.begin() >= e.end() && (after == null
                    || quoteBetween(s, at, ParticipantFinder.wordAt(s, after.begin())))) {
                // the first time after the event on its side of any quotation ("finished \"Nineteen Eighty-Four\"
                // in 1948": 1948, not the title's year)
                after = t;
            }
        }
        int b = before == null ? -1 : ParticipantFinder.wordAt(s, before.end() - 1);
        int a = after == null ? -1 : ParticipantFinder.wordAt(s, after.begin());
        boolean useBefore = before != null && reachable(s, b, at) && !quoteBetween(s, b, at);
        boolean useAfter = after != null && reachable(s, at, a) && !quoteBetween(s, at, a);
        if (useBefore && useAfter) {
            // "rebelled in March 1848 and ended in June 1851": a time before the event across a coordinating
            // conjunction is the other clause's; the one after the event is its own (a comma is no such boundary:
            // "On Oct. 25, 1950, the army crossed ...")
            if (boundary(s, b, at)) {
                return after;
            }
            // "The bridge, completed in 1890, collapsed in 1907", "The general who had won at Austerlitz in 1805 was
            // defeated at Waterloo in 1815": the time before the event follows another verb, which it modifies
            if (claimed(s, before, e, events) || namesNoun(s, before)) {
                return after;
            }
            return a - at < at - b ? after : before;
        }
        return useBefore ? before : useAfter ? after : null;
    }

    /** A time in the possessive ("this year's conference", "Monday's email"): it dates the noun after it. */
    private static boolean possessive(Sentence s, Timex t) {
        int k = ParticipantFinder.wordAt(s, Math.max(t.begin(), t.end() - 1)) + 1;
        return k < s.words().size() && ParticipantFinder.possessive(s.words(), k) > 0;
    }

    /**
     * "From 1618 to 1648 the armies ravaged Germany", "Between 1803 and 1815 Napoleon fought", "The Civil War
     * (1861-65) killed": when the governing timex is one end of a range of two dates of its sentence, the event spans
     * the range, from the first's start to the second's end. Its value is the two values joined by '/' (ISO 8601's
     * interval, "1618/1648"). A range is two dates joined by a hyphen or dash, by "to", "through", "until" or "till"
     * after "from", or by "and" after "between"; the second must not end before the first starts. Null when the
     * governing timex is no end of a range.
     */
    private static Anchor range(Event e, Sentence s, Timex governing, List<Timex> dated,
                                Map<String, Interval> intervals) {
        int g = indexOf(dated, governing);
        if (g < 0) {
            return null;
        }
        Timex first = null;
        Timex second = null;
        if (g > 0 && joined(s, dated.get(g - 1), governing)) {
            first = dated.get(g - 1);
            second = governing;
        } else if (g + 1 < dated.size() && joined(s, governing, dated.get(g + 1))) {
            first = governing;
            second = dated.get(g + 1);
        }
        if (first == null) {
            return null;
        }
        Interval a = intervals.get(first.tid());
        Interval b = intervals.get(second.tid());
        if (a == null || b == null || Intervals.isOpen(a) || Intervals.isOpen(b) || b.end().isBefore(a.start())) {
            return null;
        }
        Granularity grain = a.granularity().ordinal() <= b.granularity().ordinal() ? a.granularity() : b.granularity();
        return new Anchor(e.eid(), governing.tid(), TLink.Relation.IS_INCLUDED, first.value() + "/" + second.value(),
                null, new Interval(a.start(), b.end(), grain), "range of two dates", Anchor.Basis.CLAUSE);
    }

    /**
     * Whether a news event in the simple present is kept from a past time after it in its sentence: the present of a
     * news story is its date, and a past time after the verb dates its complement ("Curators say the oldest volume,
     * covering the winter of 1887, was found"; "The archive holds logbooks kept from 1887"), not the verb. A time
     * before the verb stays its own ("In 1887 the ferry sails twice a day" is a history's present), and a history
     * (narrative) keeps its present.
     */
    private static boolean presentOverPast(Event e, Timex t, Interval i, LocalDate dct, boolean narrative) {
        // a verb surely in the present: "holds" (VBZ), or a plural report, "say" (VBP); "cast" and other forms the
        // tagger may take for a present are left alone
        boolean present = "VBZ".equals(e.pos()) || "VBP".equals(e.pos()) && e.eventClass() == EventClass.REPORTING;
        return !narrative && dct != null && present && e.tense() == Tense.PRESENT && e.aspect() == Aspect.NONE
                && t.begin() >= e.end() && i != null && !Intervals.isOpen(i) && i.end().isBefore(dct.minusYears(1));
    }

    /**
     * A governing timex is the event's clause's unless a clause boundary stands between them: "and", "but", ";", or a
     * relative word ("which", "who", "when", "while", "whose"); then it is its sentence's ("The king was crowned in
     * 1066 and his son wept"). Commas do not part a clause from its opening time ("On Oct. 25, 1950, the army
     * crossed").
     */
    private static Anchor.Basis basis(Event e, Sentence s, Timex t) {
        if (s == null) {
            return Anchor.Basis.SENTENCE;
        }
        int at = ParticipantFinder.wordAt(s, e.begin());
        int from = t.end() <= e.begin() ? ParticipantFinder.wordAt(s, t.end() - 1) : at;
        int to = t.end() <= e.begin() ? at : ParticipantFinder.wordAt(s, t.begin());
        for (int k = from + 1; k < to; k++) {
            if (CLAUSE_BOUNDARIES.contains(s.words().get(k).text().toLowerCase(Locale.ROOT))) {
                return Anchor.Basis.SENTENCE;
            }
        }
        return Anchor.Basis.CLAUSE;
    }

    /** Words that part two clauses of a sentence ({@code linker.tsv}). */
    private static final Set<String> CLAUSE_BOUNDARIES = WORDS.get("clause-boundaries");

    /**
     * The interval relations compare for an anchor: its own, except after "since" or "until" (BEGUN_BY, ENDED_BY),
     * where the timeline's span ("since 1990" up to the document date, "until 1547" from an open start) would hide the
     * time the event begins or ends at: that time's own days ({@code intervals}: a time's days by its tid).
     */
    static Interval compared(Anchor a, java.util.function.Function<String, Interval> intervals) {
        if (a.relation() == TLink.Relation.BEGUN_BY || a.relation() == TLink.Relation.ENDED_BY) {
            Interval own = intervals.apply(a.tid());
            if (own != null) {
                return own;
            }
        }
        return a.interval();
    }

    /** The index of {@code t} in {@code dated} (in text order), by binary search on its start: -1 when absent. */
    private static int indexOf(List<Timex> dated, Timex t) {
        int lo = 0;
        int hi = dated.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int b = dated.get(mid).begin();
            if (b < t.begin()) {
                lo = mid + 1;
            } else if (b > t.begin()) {
                hi = mid - 1;
            } else {
                return dated.get(mid) == t ? mid : dated.indexOf(t);
            }
        }
        return -1;
    }

    /** The two timexes of one sentence are a range's ends ({@link #range}). */
    private static boolean joined(Sentence s, Timex x, Timex y) {
        if (x.end() <= s.begin() || y.begin() >= s.end() || y.begin() < x.end()) {
            return false;
        }
        int xLast = ParticipantFinder.wordAt(s, x.end() - 1);
        int yFirst = ParticipantFinder.wordAt(s, y.begin());
        if (xLast == yFirst && y.begin() - x.end() == 1) {
            // "1861-65" is one word: the dash is inside it
            Sentence.Word w = s.words().get(xLast);
            int at = x.end() - w.begin();
            if (at <= 0 || at >= w.text().length()) {
                return false;
            }
            char c = w.text().charAt(at);
            return c == '-' || c == '\u2013' || c == '\u2014';
        }
        if (yFirst - xLast != 2) {
            return false;
        }
        String joiner = s.words().get(xLast + 1).text().toLowerCase(Locale.ROOT);
        if (joiner.equals("-") || joiner.equals("\u2013") || joiner.equals("\u2014")) {
            return true;
        }
        int xFirst = ParticipantFinder.wordAt(s, x.begin());
        String opener = xFirst > 0 ? s.words().get(xFirst - 1).text().toLowerCase(Locale.ROOT) : "";
        return opener.equals("from") && RANGE_JOINERS.contains(joiner)
                || opener.equals("between") && joiner.equals("and");
    }

    /** After "from", the words that join a range's two ends ({@code linker.tsv}). */
    private static final Set<String> RANGE_JOINERS = WORDS.get("range-joiners");

    /**
     * The timex modifies another event of the sentence: an event other than {@code e} stands before it, at most
     * {@value #CLAIM_WORDS} words before its first word, with no comma between ("completed in 1890", "won at
     * Austerlitz in 1805", "after the visit in 1990").
     */
    private static boolean claimed(Sentence s, Timex t, Event e, List<Event> events) {
        int first = ParticipantFinder.wordAt(s, t.begin());
        // the events are in text order: start at the sentence's first (binary search), so that the whole document
        // reads each sentence's events a bounded number of times
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).begin() < s.begin()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int k0 = lo; k0 < events.size(); k0++) {
            Event v = events.get(k0);
            if (v.begin() >= t.begin()) {
                break;
            }
            if (v == e) {
                continue;
            }
            int at = ParticipantFinder.wordAt(s, v.begin());
            if (first - at - 1 > CLAIM_WORDS || first <= at) {
                continue;
            }
            boolean comma = false;
            for (int k = at + 1; k < first; k++) {
                String w = s.words().get(k).text();
                comma |= w.equals(",") || w.equals(";") || w.equals(":");
            }
            if (!comma) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The 1953 team won the cup on Saturday", "Veterans of the 1944 landings met on Sunday": the timex stands between
     * a determiner and the noun it qualifies, in no time phrase of its own ("In the 1840s famine struck" is one: a
     * preposition other than "of" opens it); it dates the thing, not the sentence's event.
     */
    private static boolean namesNoun(Sentence s, Timex t) {
        int first = ParticipantFinder.wordAt(s, t.begin());
        int last = ParticipantFinder.wordAt(s, t.end() - 1);
        if (first == 0 || last + 1 >= s.words().size()) {
            return false;
        }
        Sentence.Word det = s.words().get(first - 1);
        Sentence.Word next = s.words().get(last + 1);
        boolean determiner = "DT".equals(det.pos()) || "PRP$".equals(det.pos()) || "POS".equals(det.pos());
        boolean noun = next.pos() != null && next.pos().startsWith("NN") && !next.text().isEmpty()
                && Character.isLowerCase(next.text().charAt(0));
        if (!determiner || !noun) {
            return false;
        }
        if (first < 2) {
            return true;
        }
        Sentence.Word before = s.words().get(first - 2);
        return !"IN".equals(before.pos()) || before.text().equalsIgnoreCase("of");
    }

    /** How many words may stand between an event and the time phrase that modifies it ({@link #claimed}). */
    static final int CLAIM_WORDS = 4;

    /**
     * An odd number of quotation marks between words {@code from} and {@code to} (both excluded): one of them is
     * inside a quotation the other is outside of, so the time does not date the event ("The film \"Summer of '42\" opened in 1971",
     * "\"We attacked on Monday,\" he said": a title's or a speaker's time).
     */
    private static boolean quoteBetween(Sentence s, int from, int to) {
        int quotes = 0;
        for (int k = from + 1; k < to; k++) {
            String t = s.words().get(k).text();
            if (t.equals("\"") || t.equals("\u201c") || t.equals("\u201d") || t.equals("``") || t.equals("''")) {
                quotes++;
            }
        }
        // an odd number: one is inside, one outside ("finished \"Nineteen Eighty-Four\" in 1948" has two: both out)
        return quotes % 2 == 1;
    }

    /** A coordinating conjunction ("and", "but") between words {@code from} and {@code to} (both excluded). */
    private static boolean boundary(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String t = s.words().get(k).text();
            if (t.equalsIgnoreCase("and") || t.equalsIgnoreCase("but")) {
                return true;
            }
        }
        return false;
    }

    /** Words between an event and a timex of its sentence. */
    private static int words(Sentence s, Event e, Timex t) {
        int at = ParticipantFinder.wordAt(s, e.begin());
        return t.end() <= e.begin() ? at - ParticipantFinder.wordAt(s, t.end() - 1)
                : ParticipantFinder.wordAt(s, t.begin()) - at;
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

    /**
     * The relation to the document date by tense: a present perfect is BEFORE it, another present event INCLUDES it
     * (a present reporting verb, "says", is IS_INCLUDED unless progressive).
     */
    private static TLink.Relation byTense(Event e) {
        if (e.tense() == Tense.PRESENT && e.aspect() == Aspect.PERFECTIVE) {
            return TLink.Relation.BEFORE;
        }
        if (e.tense() == Tense.PRESENT && (e.aspect() == Aspect.PROGRESSIVE || e.eventClass() != EventClass.REPORTING)) {
            return TLink.Relation.INCLUDES;
        }
        return byTense(e.tense());
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

    /**
     * x's relation to the next event y of its sentence: BEFORE an infinitive or future ("agreed to pay", "said it
     * will"), BEFORE what an intention or intensional state is about ("wants ... talks"), AFTER a past event a
     * reporting verb reports ("said ... fell"), AFTER a past perfect ("announced ... had lost").
     */
    static TLink.Relation inSentence(Event x, Event y, Sentence s) {
        if (y.tense() == Tense.INFINITIVE || y.tense() == Tense.FUTURE) {
            return TLink.Relation.BEFORE;
        }
        if (x.eventClass() == EventClass.I_ACTION || x.eventClass() == EventClass.I_STATE) {
            return TLink.Relation.BEFORE;
        }
        boolean xPerfect = pastPerfect(x, s);
        boolean yPerfect = pastPerfect(y, s);
        if (x.eventClass() == EventClass.REPORTING && (y.tense() == Tense.PAST || y.tense() == Tense.PASTPART
                || y.tense() == Tense.PRESENT && y.aspect() == Aspect.PERFECTIVE)
                && !xPerfect) {
            return TLink.Relation.AFTER;
        }
        if (y.eventClass() == EventClass.REPORTING && y.tense() == Tense.PAST && reported(x)) {
            return TLink.Relation.BEFORE;
        }
        if (yPerfect && !xPerfect && x.tense() == Tense.PAST) {
            return TLink.Relation.AFTER;
        }
        if (s != null && x.tense() == Tense.PAST && y.tense() == Tense.PAST && !xPerfect && !yPerfect
                && x.eventClass() != EventClass.REPORTING && y.eventClass() != EventClass.REPORTING
                && between(s, x, y).contains("and")) {
            return TLink.Relation.BEFORE;       // "fell and closed": coordinated past verbs in sequence
        }
        return null;
    }

    /**
     * An event a past reporting verb of its sentence reports: a past, past participle or present perfect event not
     * reporting.
     */
    private static boolean reported(Event x) {
        return x.eventClass() != EventClass.REPORTING && (x.tense() == Tense.PAST || x.tense() == Tense.PASTPART
                || x.tense() == Tense.PRESENT && x.aspect() == Aspect.PERFECTIVE);
    }

    /**
     * Time-time links: each dated expression to the document date, and to the next dated expression, when their
     * intervals (closed ones only) order them or one holds the other. A time finer than a day on the document's day
     * is IS_INCLUDED in it.
     */
    private static void timexLinks(List<Timex> dated, Map<String, Interval> intervals, Interval dctInterval,
                                   List<TLink> links) {
        if (dctInterval == null) {
            return; // no document date: no link to it
        }
        Timex prev = null;
        for (Timex t : dated) {
            Interval i = intervals.get(t.tid());
            if (i == null || Intervals.isOpen(i) || "t0".equals(t.tid())) {
                continue;
            }
            TLink.Relation r = timeRelation(i, dctInterval);
            if (r != null) {
                links.add(link(links, t.tid(), "t0", r, "times against document date"));
            }
            if (prev != null) {
                TLink.Relation q = timeRelation(intervals.get(prev.tid()), i);
                if (q != null && q != TLink.Relation.SIMULTANEOUS) {
                    links.add(link(links, prev.tid(), t.tid(), q, "consecutive times"));
                }
            }
            prev = t;
        }
    }

    /** a's relation to b for closed intervals: BEFORE, AFTER, SIMULTANEOUS, INCLUDES, IS_INCLUDED, else null. */
    static TLink.Relation timeRelation(Interval a, Interval b) {
        if (a.end().isBefore(b.start())) {
            return TLink.Relation.BEFORE;
        }
        if (a.start().isAfter(b.end())) {
            return TLink.Relation.AFTER;
        }
        boolean aFine = a.granularity().compareTo(Granularity.DAY) > 0;
        boolean bFine = b.granularity().compareTo(Granularity.DAY) > 0;
        if (a.start().equals(b.start()) && a.end().equals(b.end())) {
            return aFine == bFine ? TLink.Relation.SIMULTANEOUS : aFine ? TLink.Relation.IS_INCLUDED
                    : TLink.Relation.INCLUDES;
        }
        if (!a.start().isAfter(b.start()) && !a.end().isBefore(b.end())) {
            return TLink.Relation.INCLUDES;
        }
        if (!b.start().isAfter(a.start()) && !b.end().isBefore(a.end())) {
            return TLink.Relation.IS_INCLUDED;
        }
        return null;
    }

    /** Signals that put the event they introduce in relation with the event they attach to. */
    private static final Map<String, TLink.Relation> CLAUSE_SIGNALS = clauseSignals();

    private static Map<String, TLink.Relation> clauseSignals() {
        Map<String, TLink.Relation> m = new java.util.HashMap<>();
        WORDS.get("clause-after").forEach(w -> m.put(w, TLink.Relation.AFTER));
        WORDS.get("clause-before").forEach(w -> m.put(w, TLink.Relation.BEFORE));
        WORDS.get("clause-simultaneous").forEach(w -> m.put(w, TLink.Relation.SIMULTANEOUS));
        WORDS.get("clause-included").forEach(w -> m.put(w, TLink.Relation.IS_INCLUDED));
        return Map.copyOf(m);
    }

    /**
     * Event-event links through a signal word: for "x ... after y" (the signal within a few words before y, no
     * event between them) x AFTER y; for a sentence opening "After y, x" the same relation to the first event after
     * the comma.
     */
    private static void signalLinks(List<Event> events, List<Sentence> sentences, List<TLink> links) {
        for (int k = 0; k < events.size(); k++) {
            Event y = events.get(k);
            if (y.sentence() < 0 || y.sentence() >= sentences.size()) {
                continue;
            }
            Sentence s = sentences.get(y.sentence());
            int at = ParticipantFinder.wordAt(s, y.begin());
            int prevWord = k > 0 && events.get(k - 1).sentence() == y.sentence()
                    ? ParticipantFinder.wordAt(s, events.get(k - 1).begin()) : -1;
            for (int w = at - 1; w > prevWord && w >= at - SIGNAL_REACH; w--) {
                String t = s.words().get(w).text().toLowerCase(Locale.ROOT);
                TLink.Relation r = CLAUSE_SIGNALS.get(t);
                if (r == null) {
                    if (t.equals(",") || t.equals(";") || t.equals(":")) {
                        break;
                    }
                    continue;
                }
                if (prevWord >= 0) {
                    Event x = events.get(k - 1);
                    links.add(link(links, x.eid(), y.eid(), r, "signal '" + t + "'"));
                } else if (w == 0) {
                    // "After y, x": the first event after the next comma
                    int comma = -1;
                    for (int c = at + 1; c < s.words().size(); c++) {
                        if (s.words().get(c).text().equals(",")) {
                            comma = s.words().get(c).end();
                            break;
                        }
                    }
                    for (int j = k + 1; comma >= 0 && j < events.size()
                            && events.get(j).sentence() == y.sentence(); j++) {
                        if (events.get(j).begin() >= comma) {
                            links.add(link(links, events.get(j).eid(), y.eid(), r, "opening signal '" + t + "'"));
                            break;
                        }
                    }
                }
                break;
            }
        }
    }

    private static final int SIGNAL_REACH = 4;

    /** The lower-cased words between two events of a sentence. */
    private static List<String> between(Sentence s, Event x, Event y) {
        List<String> out = new ArrayList<>();
        for (Sentence.Word w : s.words()) {
            if (w.begin() >= x.end() && w.end() <= y.begin()) {
                out.add(w.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static TLink link(List<TLink> links, String source, String target, TLink.Relation r, String cue) {
        if (r == TLink.Relation.BEGUN_BY || r == TLink.Relation.ENDED_BY) {
            // TimeML states these from the time: t BEGINS e
            return new TLink("l" + (links.size() + 1), target, source, r.inverse(), cue);
        }
        return new TLink("l" + (links.size() + 1), source, target, r, cue);
    }
}
