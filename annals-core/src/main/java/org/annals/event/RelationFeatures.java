package org.annals.event;

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
 * The features of a candidate TLINK for the {@link RelationClassifier}: one document's events, times, sentences, the
 * rule-based linker's anchors and links, and, for a pair, its features (emitted as parts through a
 * {@link EventRecognizer.FeatureSink}, so that prediction hashes them without building strings).
 *
 * <p>Pairs, by {@link RelationClassifier.Kind}: two events of a sentence (the earlier one first), two events of
 * adjacent sentences (the earlier first), an event and a time expression of its sentence (the event first), an event
 * and the document date. Features: each event's class, tense and aspect, POS, lemma, polarity, the word before it;
 * their combinations; words, signal words, verbs, commas and events between the two; the distance; the rules' own
 * relation for the pair and the events' anchors (governing time, document date, narrative reference time) and how
 * the anchors' intervals compare; for times their type, granularity, mod, the word before them and their interval
 * against the document date.
 */
final class RelationFeatures {

    /** Words that signal a temporal relation between two events or an event and a time. */
    static final Set<String> SIGNALS = Set.of("after", "before", "while", "when", "during", "since", "until",
            "because", "as", "then", "following", "prior", "by", "and", "but", "that", "to", "later", "earlier",
            "once", "if", "till", "from", "through", "in", "on", "at", "for", "within", "meanwhile", "amid",
            "without", "of", "which", "who", "where", "so", "or", "also", "already", "now", "still", "again");

    private static final String[] BUCKET = {"0", "1", "2", "3", "4-5", "4-5", "6-9", "6-9", "6-9", "6-9"};

    final List<Sentence> sentences;
    final List<Event> events;
    final List<Timex> timexes;
    final List<Anchor> anchors;
    final LocalDate dct;
    final Interval dctInterval;
    /** Interval of each timex (null when it has none), by timex index. */
    final Interval[] intervals;
    /** Word index of each event in its sentence. */
    final int[] eventWord;
    /** Position of each event among the events of its sentence, and their number. */
    final int[] eventRank;
    final int[] eventsInSentence;
    /** Index of the sentence of each timex (-1: none), and its first and last word. */
    final int[] timexSentence;
    final int[] timexFirst;
    final int[] timexLast;
    /** The rules' relation for a pair, keyed (source, target) as the rules wrote it. */
    private final Map<Key, TLink.Relation> rules = new HashMap<>();

    /** Two node ids. */
    record Key(String a, String b) {
    }
    private final Map<String, Integer> timexIndex = new HashMap<>();
    private final String[][] lower;

    RelationFeatures(AnalyzedDocument doc, List<Anchor> anchors, List<TLink> ruleLinks) {
        this.sentences = doc.sentences();
        this.events = doc.events();
        this.timexes = doc.tagged().timexes();
        this.anchors = anchors;
        this.dct = doc.tagged().date() == null ? null : doc.tagged().date().value();
        this.dctInterval = dct == null ? null : new Interval(dct, dct, Granularity.DAY);
        this.lower = new String[sentences.size()][];
        for (TLink l : ruleLinks) {
            rules.putIfAbsent(new Key(l.source(), l.target()), l.relation());
        }
        int n = events.size();
        eventWord = new int[n];
        eventRank = new int[n];
        eventsInSentence = new int[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            Event e = events.get(k);
            Sentence s = sentence(e.sentence());
            eventWord[k] = s == null ? 0 : ParticipantFinder.wordAt(s, e.begin());
            if (k > 0 && events.get(k - 1).sentence() != e.sentence()) {
                for (int j = start; j < k; j++) {
                    eventsInSentence[j] = k - start;
                }
                start = k;
            }
            eventRank[k] = k - start;
        }
        for (int j = start; j < n; j++) {
            eventsInSentence[j] = n - start;
        }
        int m = timexes.size();
        intervals = new Interval[m];
        timexSentence = new int[m];
        timexFirst = new int[m];
        timexLast = new int[m];
        int si = 0;
        for (int k = 0; k < m; k++) {
            Timex t = timexes.get(k);
            timexIndex.put(t.tid(), k);
            intervals[k] = Intervals.of(t, dct);
            while (si < sentences.size() && sentences.get(si).end() <= t.begin()) {
                si++;
            }
            if (si < sentences.size() && sentences.get(si).begin() <= t.begin()) {
                Sentence s = sentences.get(si);
                timexSentence[k] = si;
                timexFirst[k] = ParticipantFinder.wordAt(s, t.begin());
                timexLast[k] = ParticipantFinder.wordAt(s, Math.max(t.begin(), t.end() - 1));
            } else {
                timexSentence[k] = -1;
            }
        }
    }

    Sentence sentence(int i) {
        return i >= 0 && i < sentences.size() ? sentences.get(i) : null;
    }

    /** The rules' relation of a to b ("-" when they wrote none), read in either direction. */
    String rule(String a, String b) {
        TLink.Relation r = rules.get(new Key(a, b));
        if (r != null) {
            return r.name();
        }
        r = rules.get(new Key(b, a));
        return r == null ? "-" : r.inverse().name();
    }

    // ---- event-event ----

    /** Features of events x and y (indexes, x first in the text), of one sentence or adjacent ones. */
    void eventEvent(int x, int y, EventRecognizer.FeatureSink f) {
        Event a = events.get(x);
        Event b = events.get(y);
        boolean same = a.sentence() == b.sentence();
        f.add("b");
        event("x", a, x, f);
        event("y", b, y, f);
        String ac = a.eventClass().name();
        String bc = b.eventClass().name();
        String at = tenseAspect(a);
        String bt = tenseAspect(b);
        f.add("cc=", ac, "|", bc);
        f.add("tt=", at, "|", bt);
        f.add("ctct=", ac, "|", at, "|", bc, "|", bt);
        f.add("pp=", pos2(a), "|", pos2(b));
        f.add("xl|yt=", a.lemma(), "|", bt);
        f.add("xt|yl=", at, "|", b.lemma());
        f.add("ll=", a.lemma(), "|", b.lemma());
        String rule = rule(a.eid(), b.eid());
        f.add("r=", rule);
        f.add("rtt=", rule, "|", at, "|", bt);
        f.add("rcc=", rule, "|", ac, "|", bc);
        Anchor ax = anchor(x);
        Anchor ay = anchor(y);
        if (ax != null && ay != null) {
            f.add("aa=", anchorKind(ax), "|", anchorKind(ay));
            f.add(java.util.Objects.equals(ax.tid(), ay.tid()) ? "asame" : "adiff");
            f.add("ar=", ax.relation().name(), "|", ay.relation().name());
            Interval ix = featureInterval(ax);
            Interval iy = featureInterval(ay);
            TLink.Relation ir = ix != null && iy != null ? TemporalLinker.relation(ix, iy) : null;
            f.add("ai=", ir == null ? "-" : ir.name());
            f.add("aitt=", ir == null ? "-" : ir.name(), "|", at, "|", bt);
        }
        if (same) {
            Sentence s = sentence(a.sentence());
            int from = eventWord[x];
            int to = eventWord[y];
            int d = to - from;
            f.add("d=", bucket(d));
            f.add("eb=", bucket(y - x - 1));
            f.add("dtt=", bucket(d), "|", at, "|", bt);
            if (s != null) {
                between(s, from + 1, to, d <= 6, f);
                f.add("xb=", word(s, from - 1));
                f.add("yb=", word(s, to - 1));
                f.add("yb2=", word(s, to - 2), "|", word(s, to - 1));
                f.add("xa=", word(s, from + 1));
            }
        } else {
            f.add("xr=", rank(eventRank[x]), "|", eventRank[x] + 1 == eventsInSentence[x] ? "last" : "");
            f.add("yr=", rank(eventRank[y]));
            f.add("rr=", rank(eventRank[x]), "|", rank(eventRank[y]));
            f.add("rrtt=", rank(eventRank[x]), "|", rank(eventRank[y]), "|", at, "|", bt);
            Sentence s = sentence(b.sentence());
            if (s != null) {
                f.add("yb=", word(s, eventWord[y] - 1));
                f.add("s0=", word(s, 0));
                // a signal word opening the second sentence ("Later", "Then", "Before that")
                for (int k = 0; k < Math.min(3, eventWord[y]); k++) {
                    String w = word(s, k);
                    if (SIGNALS.contains(w)) {
                        f.add("s0sig=", w);
                    }
                }
            }
        }
    }

    /** Words between two word positions [from, to) of a sentence. */
    private void between(Sentence s, int from, int to, boolean all, EventRecognizer.FeatureSink f) {
        int verbs = 0;
        boolean comma = false;
        for (int k = from; k < to; k++) {
            Sentence.Word w = s.words().get(k);
            String t = word(s, k);
            if (all) {
                f.add("w=", t);
            }
            if (SIGNALS.contains(t)) {
                f.add("sig=", t);
            }
            if (t.equals(",") || t.equals(";") || t.equals(":") || t.equals("--")) {
                comma = true;
            }
            if (t.equals("\"") || t.equals("``") || t.equals("''")) {
                f.add("quote");
            }
            if (w.pos() != null && w.pos().startsWith("VB")) {
                verbs++;
            }
        }
        f.add("vb=", bucket(verbs));
        if (comma) {
            f.add("comma");
        }
        if (to > from) {
            f.add("fw=", word(s, from));
            f.add("lw=", word(s, to - 1));
        }
    }

    /** One event's own features, prefixed. */
    private void event(String p, Event e, int k, EventRecognizer.FeatureSink f) {
        String c = e.eventClass().name();
        String t = tenseAspect(e);
        f.add(p, "c=", c, "");
        f.add(p, "t=", t, "");
        f.add(p, "ct=", c, "|", t);
        f.add(p, "p=", pos(e), "");
        f.add(p, "l=", e.lemma(), "");
        if (e.polarity() == Polarity.NEG) {
            f.add(p, "neg");
        }
        Sentence s = sentence(e.sentence());
        if (s != null) {
            f.add(p, "w-1=", word(s, eventWord[k] - 1), "");
        }
        if (e.tense() == Tense.NONE) {
            // a noun or adjective event: the tense of the nearest verb event of its sentence, the previous first
            int v = verbNear(k);
            f.add(p, "gv=", v < 0 ? "-" : tenseAspect(events.get(v)), v < k ? "<" : ">");
        }
    }

    /** The nearest event of the same sentence with a tense (the previous one first), or -1. */
    private int verbNear(int k) {
        int sentence = events.get(k).sentence();
        for (int d = 1; d <= 8; d++) {
            int b = k - d;
            if (b >= 0 && events.get(b).sentence() == sentence && events.get(b).tense() != Tense.NONE) {
                return b;
            }
            int a = k + d;
            if (a < events.size() && events.get(a).sentence() == sentence && events.get(a).tense() != Tense.NONE) {
                return a;
            }
        }
        return -1;
    }

    // ---- event-time ----

    /** Features of event x and time expression t of its sentence (indexes). */
    void eventTime(int x, int t, EventRecognizer.FeatureSink f) {
        Event e = events.get(x);
        Timex tx = timexes.get(t);
        f.add("b");
        event("x", e, x, f);
        String type = tx.type().name();
        String ta = tenseAspect(e);
        String c = e.eventClass().name();
        f.add("ty=", type);
        f.add("tyt=", type, "|", ta);
        f.add("tyc=", type, "|", c);
        Interval i = intervals[t];
        String vs = i == null ? "-" : Intervals.isOpen(i) || dctInterval == null ? "open" : timeRelation(i, dctInterval);
        f.add("tv=", vs);
        f.add("tvt=", vs, "|", ta);
        f.add("tg=", i == null ? "-" : i.granularity().name());
        f.add("tm=", tx.modString() == null ? "-" : tx.modString());
        String rule = rule(e.eid(), tx.tid());
        f.add("r=", rule);
        f.add("rt=", rule, "|", ta);
        Anchor a = anchor(x);
        boolean gov = a != null && tx.tid().equals(a.tid());
        f.add(gov ? "gov" : "notgov");
        f.add("govt=", gov ? "g" : "n", "|", ta);
        Sentence s = sentence(e.sentence());
        if (s == null) {
            return;
        }
        int ew = eventWord[x];
        int first = timexFirst[t];
        int last = timexLast[t];
        boolean before = last < ew;
        String order = before ? "tx<e" : "e<tx";
        f.add("o=", order);
        String sig = word(s, first - 1);
        f.add("tb=", sig);
        f.add("tbo=", sig, "|", order);
        f.add("tbt=", sig, "|", ta);
        f.add("tbyo=", sig, "|", type, "|", order);
        f.add("tb2=", word(s, first - 2), "|", sig);
        int d = before ? ew - last : first - ew;
        f.add("d=", bucket(d));
        f.add("do=", bucket(d), "|", order);
        int evBetween = 0;
        for (int j = 0; j < events.size(); j++) {
            Event o = events.get(j);
            if (o.sentence() == e.sentence() && j != x && (before ? eventWord[j] > last && eventWord[j] < ew
                    : eventWord[j] > ew && eventWord[j] < first)) {
                evBetween++;
            }
        }
        f.add("eb=", bucket(evBetween));
        f.add("ebo=", bucket(evBetween), "|", order);
        if (before) {
            between(s, last + 1, ew, d <= 5, f);
        } else {
            between(s, ew + 1, first, d <= 5, f);
        }
    }

    // ---- event-document date ----

    /** Features of event x against the document date. */
    void eventDct(int x, EventRecognizer.FeatureSink f) {
        Event e = events.get(x);
        f.add("b");
        event("x", e, x, f);
        String c = e.eventClass().name();
        String ta = tenseAspect(e);
        f.add("ptl=", pos2(e), "|", ta);
        f.add("lt=", e.lemma(), "|", ta);
        String rule = rule(e.eid(), "t0");
        f.add("r=", rule);
        f.add("rct=", rule, "|", c, "|", ta);
        f.add("rpt=", rule, "|", pos2(e), "|", ta);
        Anchor a = anchor(x);
        if (a != null) {
            String kind = anchorKind(a);
            f.add("ak=", kind);
            f.add("akr=", kind, "|", a.relation().name());
            f.add("akt=", kind, "|", ta);
            if (!"t0".equals(a.tid())) {
                Integer ti = timexIndex.get(a.tid());
                Interval i = featureInterval(a);
                String vs = i == null ? "-" : Intervals.isOpen(i) || dctInterval == null ? "open" : timeRelation(i, dctInterval);
                f.add("av=", vs);
                f.add("avt=", vs, "|", ta);
                if (ti != null) {
                    f.add("aty=", timexes.get(ti).type().name());
                }
            }
        }
        f.add("rank=", rank(eventRank[x]));
        if (e.sentence() == 0) {
            f.add("s0");
        }
        Sentence s = sentence(e.sentence());
        if (s != null) {
            int w = eventWord[x];
            f.add("w-2=", word(s, w - 2), "|", word(s, w - 1));
            int quotes = 0;
            for (int k = 0; k < w; k++) {
                String t = s.words().get(k).text();
                if (t.equals("\"") || t.equals("``") || t.equals("''")) {
                    quotes++;
                }
            }
            if (quotes % 2 == 1) {
                f.add("inquote");
            }
        }
        // the other events of the sentence: a reporting verb, the previous event
        for (int j = x - eventRank[x]; j < events.size() && events.get(j).sentence() == e.sentence(); j++) {
            Event o = events.get(j);
            if (j != x && o.eventClass() == EventClass.REPORTING) {
                f.add("rep=", tenseAspect(o), j < x ? "<" : ">", "");
                break;
            }
        }
        if (eventRank[x] > 0) {
            Event p = events.get(x - 1);
            f.add("prev=", p.eventClass().name(), "|", tenseAspect(p));
            f.add("prevt=", tenseAspect(p), "|", ta);
        }
    }

    // ---- helpers ----

    /** The interval an anchor's features compare, as {@link TemporalLinker#compared}: after "since" or "until" the time's own. */
    private Interval featureInterval(Anchor a) {
        return TemporalLinker.compared(a, tid -> {
            Integer ti = timexIndex.get(tid);
            return ti == null ? null : intervals[ti];
        });
    }

    /** The anchor of event k; null when there is none, or nothing dates the event (no document date). */
    private Anchor anchor(int k) {
        Anchor a = anchors != null && k < anchors.size() ? anchors.get(k) : null;
        return a == null || a.tid() == null ? null : a;
    }

    private static String anchorKind(Anchor a) {
        if ("t0".equals(a.tid())) {
            return "t0";
        }
        return a.cue().startsWith("governing") ? "gov" : a.cue().startsWith("narrative") ? "ref" : "other";
    }

    static String tenseAspect(Event e) {
        return e.aspect() == Aspect.NONE ? e.tense().name() : e.tense().name() + "+" + e.aspect().name();
    }

    private static String pos(Event e) {
        return e.pos() == null ? "-" : e.pos();
    }

    private static String pos2(Event e) {
        String p = pos(e);
        return p.length() > 2 ? p.substring(0, 2) : p;
    }

    /** The lower-cased word k of a sentence ("<s>", "</s>" outside it); each sentence's words lowered once. */
    private String word(Sentence s, int k) {
        if (k < 0) {
            return "<s>";
        }
        if (k >= s.words().size()) {
            return "</s>";
        }
        if (s.index() < 0 || s.index() >= lower.length || sentences.get(s.index()) != s) {
            return s.words().get(k).text().toLowerCase(Locale.ROOT);
        }
        String[] l = lower[s.index()];
        if (l == null) {
            l = lower[s.index()] = new String[s.words().size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = s.words().get(i).text().toLowerCase(Locale.ROOT);
            }
        }
        return l[k];
    }

    static String bucket(int n) {
        return n < 0 ? "-" : n < BUCKET.length ? BUCKET[n] : n < 20 ? "10-19" : "20+";
    }

    private static final String[] RANK = {"0", "1", "2", "3+"};

    private static String rank(int r) {
        return RANK[Math.min(r, 3)];
    }

    private static String timeRelation(Interval a, Interval b) {
        TLink.Relation r = TemporalLinker.timeRelation(a, b);
        return r == null ? "-" : r.name();
    }

    /** All words of the features a pair gets (for tests and training): the strings the sink would hash. */
    static List<String> strings(java.util.function.Consumer<EventRecognizer.FeatureSink> emit) {
        List<String> out = new ArrayList<>();
        emit.accept(new EventRecognizer.StringSink(out));
        return out;
    }
}
