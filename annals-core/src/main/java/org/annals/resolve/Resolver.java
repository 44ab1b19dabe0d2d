package org.annals.resolve;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.model.Genre;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.Granularity;
import org.annals.time.Holidays;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;
import org.annals.time.TimeValue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Anchors the candidates of one document, in text order, and produces the TIMEX3s.
 *
 * <p>Relative expressions are computed from the document date (DOCUMENT anchors: "today", "two days ago"), from
 * the narrative reference time (NARRATIVE anchors: "that month", "five years earlier"), or, for DEICTIC anchors
 * ("last week", bare "June"), from the document date in news and from the reference time in narratives. The
 * reference time is the last resolved date that has a year; a coarser date that contains it does not replace it.
 * Not thread-safe: one instance per document (cheap).
 */
public final class Resolver {

    /** In news, a month this many months after the document date is still read as this year's, without a cue. */
    static final int PAST_SLACK_MONTHS = 2;

    /** In narratives, a bare month this many months before the reference month is read as the next year's. */
    static final int ROLLOVER_MONTHS = 8;

    /** An offset of this many years or more ("ten years earlier") looks back; it does not move the story. */
    static final int ASIDE_YEARS = 2;


    private final LocalDate dct;
    private final Genre genre;
    /** How the expression being resolved is anchored: the document's genre, or the story's where it is told. */
    private Genre current;
    private final List<Token> tokens;
    private final String text;
    private final PartialTime dctTime;
    /** The time "today" and "two days ago" count from: the document date, but for a quotation of a story. */
    private PartialTime documentTime;
    /** The time the story has reached. */
    private final StoryTime story;
    private PartialTime lastAnchor;
    private String lastAnchorText;
    private PartialTime lastQuarter;
    /** The index of the candidate that ends a range across a year's end, and its year (-1: none). */
    private int rangeEnd = -1;
    private int rangeEndYear;
    /** Whether the token before {@link #quoteScan} is inside a quotation. */
    private boolean quoted;
    private int quoteScan;
    /** The timexes resolved so far, and the candidate of the last one. */
    private List<Timex> out;
    private Candidate last;
    /** Whether the date that last moved the story was said from the document date ("last June", "Saturday"). */
    private boolean storyFromDocument;
    /** The dates of the events the text names, for "ten days before the murder". */
    private final EventDates events;
    /** How far an aside's sentence end is looked for, in tokens. */
    private static final int ASIDE_REACH = 200;

    public Resolver(String text, List<Token> tokens, LocalDate dct, Genre genre) {
        this.text = text;
        this.tokens = tokens;
        this.dct = dct;
        this.genre = genre;
        this.current = genre;
        this.dctTime = PartialTime.ofDate(dct);
        this.documentTime = dctTime;
        this.story = new StoryTime(dctTime);
        this.events = new EventDates(tokens);
    }

    /** Resolves candidates (sorted, non-overlapping) into timexes numbered t1, t2... */
    public List<Timex> resolve(List<Candidate> candidates) {
        out = new ArrayList<>(candidates.size());
        last = null;
        int n = 1;
        int opening = genre == Genre.NARRATIVE ? firstStatedYear(candidates) : -1;
        // the words near each date are filed only for a text that counts from an event ("ten days before the murder")
        boolean eventOffsets = false;
        for (Candidate c : candidates) {
            eventOffsets |= c.expr() instanceof TemporalExpression.EventOffset;
        }
        String openingTid = null;
        if (opening >= 0) {
            PartialTime first = ((TemporalExpression.Point) candidates.get(opening).expr()).time();
            story.open(PartialTime.builder(Granularity.YEAR).year(first.year()).bc(first.bc()).build());
        }
        for (int k = 0; k < candidates.size(); k++) {
            Candidate c = candidates.get(k);
            story.reach(c.start());
            readQuotes(c.start());
            sentenceYear = sentenceYear(c, k + 1 < candidates.size() ? candidates.get(k + 1) : null);
            sentenceDay = sentenceDay(c, k + 1 < candidates.size() ? candidates.get(k + 1) : null);
            clauseDate = clauseDate(c);
            current = genreOf(c);
            Resolved r = resolveOne(c);
            if (r != null && "t0".equals(r.anchorTid) && r.value instanceof PartialTime) {
                if (quotedInStory()) {
                    r = quoted(c, r);
                } else if (reportedInStory(c)) {
                    Resolved told = fromStory(c);
                    r = told != null ? told : quoted(c, r);
                }
            }
            if (r != null && k == rangeEnd) {
                r = withYear(r, rangeEndYear);
            }
            Candidate next = k + 1 < candidates.size() ? candidates.get(k + 1) : null;
            if (r != null && next != null && crossesYearEnd(c, next)) {
                // "from October to March": October is in the year before the March the range ends in, which is
                // resolved first, from the story's time as it stands before the range
                Resolved last = resolveOne(next);
                if (last != null && last.value instanceof PartialTime e && e.year() != null && !e.bc()) {
                    r = withYear(r, e.year() - 1);
                    rangeEnd = k + 1;
                    rangeEndYear = e.year();
                }
            }
            if (r == null) {
                continue;
            }
            int begin = c.begin(tokens);
            int end = c.end(tokens);
            String tid = "t" + n++;
            if (k == opening) {
                openingTid = tid;
            }
            Timex t = new Timex(tid, begin, end, text.substring(begin, end), r.type, r.value,
                    c.mod() != null ? c.mod() : r.mod, r.quant, r.freq, r.anchorTid, r.anchorText, c.rule());
            out.add(t);
            // a date whose year the text writes ("Passover 2022", "March 3, 2020"), not one counted from another
            // or a holiday ("The Chinese New Year fell on a Friday")
            if (r.value instanceof PartialTime p && p.year() != null && (r.type == TimexType.DATE
                    || r.type == TimexType.TIME) && (c.expr() instanceof TemporalExpression.Point written
                    && written.time().year() != null && !p.isImplied(PartialTime.Field.YEAR)
                    || c.expr() instanceof TemporalExpression.Holiday && p.day() != null)) {
                statedDate = p;
                statedDateEnd = c.end();
            }
            last = c;
            if (eventOffsets && r.value instanceof PartialTime p && p.year() != null
                    && !(c.expr() instanceof TemporalExpression.EventOffset)
                    && (r.type == TimexType.DATE || r.type == TimexType.TIME)) {
                fileEvents(c, next, new EventDates.Dated(p, tid));
            }
            if (r.value instanceof PartialTime p && (r.type == TimexType.DATE || r.type == TimexType.TIME)
                    && (p.year() != null || p.decade() != null || p.century() != null) && !reportingFrame(c, r)
                    && !(quoted && saidFromNow(c)) && movesStory(c, p)) {
                if (aside(c, p)) {
                    story.startAside(sentenceEnd(c));
                }
                story.move(p, tid, c.start());
                storyFromDocument = "t0".equals(r.anchorTid);
                if (c.expr() instanceof TemporalExpression.Point && p.granularity() == Granularity.QUARTER
                        && p.quarter() != null) {
                    lastQuarter = p;
                }
            }
        }
        return opening >= 0 ? withOpeningTid(out, openingTid) : out;
    }

    /**
     * "launched their summer offensive against southern Russia in June 1942": a bare named period ("summer", "May")
     * whose sentence goes on to a date with a year, within a few words, is in that year. Null otherwise.
     */
    private PartialTime sentenceYear(Candidate c, Candidate next) {
        if (!(c.expr() instanceof TemporalExpression.Point p) || p.time().year() != null || p.shift() != 0
                || p.time().month() == null && p.time().season() == null || next == null
                || !(next.expr() instanceof TemporalExpression.Point n) || n.time().year() == null
                || n.time().isImplied(PartialTime.Field.YEAR) || next.start() - c.end() > SENTENCE_YEAR_WORDS) {
            return null;
        }
        if (broken(c.end(), next.start(), false)) {
            return null;
        }
        // the date heads a phrase ("in June 1942", "of 482 BC"), it modifies no noun ("the May 2007 high", "since
        // the 2003 invasion")
        Token before = tokens.get(next.start() - 1);
        if (!STORY_PREPOSITIONS.contains(before.lower) && !before.lower.equals("on")) {
            return null;
        }
        return PartialTime.builder(Granularity.YEAR).year(n.time().year()).bc(n.time().bc()).build();
    }

    /**
     * "At 5:34 AM Baghdad time on March 20, 2003": a clock time alone whose clause goes on, within a few words, to
     * "on" and a date with its day and year is on that day. Null otherwise.
     */
    private PartialTime sentenceDay(Candidate c, Candidate next) {
        if (!(c.expr() instanceof TemporalExpression.Point p) || p.shift() != 0 || p.time().month() != null
                || p.time().dayOfWeek() != null || p.time().granularity().ordinal() < Granularity.HOUR.ordinal()
                || next == null || !(next.expr() instanceof TemporalExpression.Point n) || n.shift() != 0
                || n.time().date() == null || n.time().isImplied(PartialTime.Field.YEAR)
                || next.start() - c.end() > SENTENCE_DAY_WORDS || !tokens.get(next.start() - 1).lower.equals("on")) {
            return null;
        }
        return broken(c.end(), next.start(), true) ? null : n.time();
    }

    /**
     * A sentence's end or a line break among tokens {@code [from, to)}, or with {@code clause} also a comma or
     * semicolon: the words before and after them are not of one sentence (one clause).
     */
    private boolean broken(int from, int to, boolean clause) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (TenseReader.endsSentence(tokens, t) || t.newlinesBefore > 0 || clause && (t.isPunct(',')
                    || t.isPunct(';'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Passover 2022 fell in April", "Eid al-Fitr 2021 fell on a Thursday": a bare month, season or weekday whose
     * clause has just given a date with its year written (within a few words, no comma between) belongs to that date
     * rather than to the document's; in a narrative the story's time already does this. Null otherwise.
     */
    private PartialTime clauseDate(Candidate c) {
        if (statedDate == null || c.start() < statedDateEnd || c.start() - statedDateEnd > CLAUSE_DATE_WORDS
                || broken(statedDateEnd, c.start(), true)) {
            return null;
        }
        boolean bare = switch (c.expr()) {
            case TemporalExpression.Point p -> p.shift() == 0 && p.anchor() == AnchorKind.DEICTIC
                    && p.time().year() == null && p.time().day() == null
                    && (p.time().month() != null || p.time().season() != null);
            case TemporalExpression.Weekday w -> w.shift() == 0 && !w.sameWeek() && w.anchor() == AnchorKind.DEICTIC
                    && statedDate.date() != null;
            default -> false;
        };
        return bare ? statedDate : null;
    }

    /** How far, in tokens, a bare month or weekday looks back for the date of its clause. */
    private static final int CLAUSE_DATE_WORDS = 6;
    /** The last date resolved with its year written, where it ends, and the current candidate's clause date. */
    private PartialTime statedDate;
    private int statedDateEnd;
    private PartialTime clauseDate;

    /** How far, in tokens, a clock time looks for the day of its clause. */
    private static final int SENTENCE_DAY_WORDS = 5;
    /** The day of the current candidate's clause ({@link #sentenceDay}), or null. */
    private PartialTime sentenceDay;

    /** How far, in tokens, a bare named period looks for the year of its sentence. */
    private static final int SENTENCE_YEAR_WORDS = 12;
    /** The year of the current candidate's sentence ({@link #sentenceYear}), or null. */
    private PartialTime sentenceYear;

    /** The tid the story's opening year stands for until its timex is numbered. */
    private static final String OPENING = "t-opening";

    /**
     * The first candidate that states a year ("the spring of 1921", "June 1921", "490 BC"), where a narrative's story
     * opens; -1 when there is none.
     */
    private static int firstStatedYear(List<Candidate> candidates) {
        for (int k = 0; k < candidates.size(); k++) {
            if (candidates.get(k).expr() instanceof TemporalExpression.Point p && p.time().year() != null
                    && !p.time().isImplied(PartialTime.Field.YEAR)) {
                return k;
            }
        }
        return -1;
    }

    /** The timexes anchored on the story's opening year, given the tid of the timex that states it. */
    private static List<Timex> withOpeningTid(List<Timex> out, String tid) {
        for (int i = 0; i < out.size(); i++) {
            Timex t = out.get(i);
            if (OPENING.equals(t.anchorTid())) {
                out.set(i, new Timex(t.tid(), t.begin(), t.end(), t.text(), t.type(), t.time(), t.mod(), t.quant(),
                        t.freq(), tid, t.anchor(), t.rule()));
            }
        }
        return out;
    }

    private record Resolved(TimexType type, TimeValue value, Mod mod, String quant, String freq, String anchorTid,
                            String anchorText) {
        static Resolved of(TimexType type, TimeValue v) {
            return new Resolved(type, v, null, null, null, null, null);
        }
    }

    /**
     * "'I arrived in Paris in 1968,' she said last week. 'That spring ...'": in a news story, the time a reporting
     * verb beside the expression (up to four words before it, two after) gives ("said last week", "told reporters on
     * Monday") dates the telling, not the story told, which stays where it was.
     */
    private boolean reportingFrame(Candidate c, Resolved r) {
        if (current != Genre.NEWS || !"t0".equals(r.anchorTid) || !story.started() || "t0".equals(story.tid())) {
            return false;
        }
        for (int i = Math.max(0, c.start() - 4); i < c.start(); i++) {
            if (REPORTING.contains(tokens.get(i).lower)) {
                return true;
            }
        }
        for (int i = c.end(); i < Math.min(tokens.size(), c.end() + 2); i++) {
            if (REPORTING.contains(tokens.get(i).lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date moves the story's time. A bare year that would replace a finer reference time moves it only
     * when it heads a phrase of its own ("In 1976, ...", "by 1976") in a sentence that tells what happened; used as
     * a modifier ("a 1976 offensive") or in a plan ("a campaign planned for 1976") it is an aside and the story
     * stays where it was.
     */
    private boolean movesStory(Candidate c, PartialTime p) {
        // "over a year earlier", "almost two decades earlier", "a century ago": a look back from the story, not a
        // move of it; a story moves forward ("two years later")
        if (c.expr() instanceof TemporalExpression.Offset o && o.amount() != null && story.started()
                && !o.unit().granularity().finerThan(Granularity.YEAR)
                && (o.direction() < 0 || o.amount().compareTo(BigDecimal.valueOf(ASIDE_YEARS)) >= 0)) {
            return false;
        }
        // "ten days before the murder": a look back from the event the story is at
        if (c.expr() instanceof TemporalExpression.EventOffset o && o.direction() < 0) {
            return false;
        }
        // "the gains they achieved during the previous year": a look back, as "a year earlier" is
        if (c.expr() instanceof TemporalExpression.UnitShift u && u.shift() < 0 && u.anchor() == AnchorKind.NARRATIVE
                && story.started()) {
            return false;
        }
        // "which would hold out until February 1945", "which would be declared early the next year": a look ahead
        // in a sentence about something else
        if (story.started() && p.granularity().coarserThan(Granularity.DAY) && ahead(c)) {
            return false;
        }
        // "a peak of nearly 1,600 in summer 2007", "3,500 in January 2007" after "as against": a figure compared
        // with another time's is no move of the story; nor is a date that names a thing ("the May 2007 high")
        if (story.started() && (compared(c) || namesNoun(c, p))) {
            return false;
        }
        // "part of the empire since 513 BC": the start of a state, background to the story
        if (story.started() && c.start() > 0 && tokens.get(c.start() - 1).lower.equals("since")
                && !p.granularity().finerThan(Granularity.MONTH)) {
            return false;
        }
        if (p.granularity() != Granularity.YEAR || !(c.expr() instanceof TemporalExpression.Point)
                || !story.time().granularity().finerThan(Granularity.YEAR) || story.tid().equals("t0")) {
            return true;
        }
        Token prev = c.start() > 0 ? tokens.get(c.start() - 1) : null;
        Token next = c.end() < tokens.size() ? tokens.get(c.end()) : null;
        boolean heads = prev == null || prev.isPunct('.') || prev.newlinesBefore > 0 && c.start() > 0
                && tokens.get(c.start()).newlinesBefore > 0 || STORY_PREPOSITIONS.contains(prev.lower)
                || dateline(c);
        // "In 1960 she moved": a sentence that opens on a preposition and the year sets its time; the word after
        // the year starts the clause, it is no noun the year modifies ("a 1976 offensive")
        boolean objectOf = prev != null && c.start() >= 1 && STORY_PREPOSITIONS.contains(prev.lower)
                && Character.isUpperCase(prev.text.charAt(0))
                && (c.start() == 1 || tokens.get(c.start() - 2).isPunct('.') || prev.newlinesBefore > 0);
        boolean modifier = !objectOf && next != null && next.kind == Token.Kind.WORD
                && Character.isLowerCase(next.text.charAt(0))
                && !next.lower.equals("and") && !next.lower.equals("to") && !next.lower.equals("when");
        return heads && !modifier && !ahead(c);
    }

    /**
     * The expression counts from its speaker's present ("next summer", "last week", "tomorrow", "two years ago"), not
     * from the story ("that spring", "the next day"): said in a quotation, it does not move the story.
     */
    private static boolean saidFromNow(Candidate c) {
        return switch (c.expr()) {
            case TemporalExpression.Point p -> p.shift() != 0 && p.anchor() != AnchorKind.NARRATIVE;
            case TemporalExpression.UnitShift u -> u.anchor() != AnchorKind.NARRATIVE;
            case TemporalExpression.DayShift d -> d.anchor() != AnchorKind.NARRATIVE;
            case TemporalExpression.Weekday w -> w.anchor() != AnchorKind.NARRATIVE;
            case TemporalExpression.Offset o -> o.anchor() != AnchorKind.NARRATIVE;
            default -> false;
        };
    }

    /**
     * The date is the time of a figure compared with another's: a comparison word ({@code comparison-words}: "as
     * against", "compared with", "than") or "a high of", "a peak of" in its clause, up to eight words before it.
     */
    private boolean compared(Candidate c) {
        for (int i = c.start() - 1, k = 0; i >= 0 && k < COMPARISON_REACH; i--, k++) {
            Token t = tokens.get(i);
            if (TenseReader.endsSentence(tokens, t) || t.isPunct(';') || t.newlinesBefore > 0 && k > 0) {
                return false;
            }
            if (COMPARISON.contains(t.lower) || t.lower.equals("of") && i >= 2
                    && COMPARISON_LEVELS.contains(tokens.get(i - 1).lower)
                    && ARTICLES.contains(tokens.get(i - 2).lower)) {
                return true;
            }
        }
        return false;
    }

    private static final int COMPARISON_REACH = 8;

    /**
     * "surpassing the May 2007 high", "since the 2003 invasion": a date between "the" and the lower-case word it
     * qualifies names a thing of that time (a month, day or year; a decade may be a subject: "the 1990s saw").
     */
    private boolean namesNoun(Candidate c, PartialTime p) {
        if (p.decade() != null || p.century() != null || c.start() == 0 || c.end() >= tokens.size()
                || !tokens.get(c.start() - 1).lower.equals("the")) {
            return false;
        }
        Token next = tokens.get(c.end());
        return next.kind == Token.Kind.WORD && Character.isLowerCase(next.text.charAt(0))
                && !STORY_PREPOSITIONS.contains(next.lower) && !next.lower.equals("and") && !next.lower.equals("to")
                && !next.lower.equals("when") && !next.lower.equals("that") && !next.lower.equals("was")
                && !next.lower.equals("were");
    }

    /** Words read around a date in a narrative, each list with what it is for: {@code story.tsv}. */
    private static final WordLists STORY_WORDS = WordLists.load(Resolver.class, "/org/annals/resolve/en/story.tsv");
    private static final Set<String> STORY_PREPOSITIONS = STORY_WORDS.get("story-prepositions");
    private static final Set<String> REPORTING = STORY_WORDS.get("reporting-verbs");
    private static final Set<String> PLAN_NOUNS = STORY_WORDS.get("plan-nouns");
    private static final Set<String> SPEECH = STORY_WORDS.get("speech-verbs");
    private static final Set<String> COMPARISON = STORY_WORDS.get("comparison-words");
    private static final Set<String> COMPARISON_LEVELS = STORY_WORDS.get("comparison-levels");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static Resolved withYear(Resolved r, int year) {
        return new Resolved(r.type, ((PartialTime) r.value).toBuilder().year(year).implied(PartialTime.Field.YEAR)
                .build(), r.mod, r.quant, r.freq, r.anchorTid, r.anchorText);
    }

    /**
     * "from October to March", "November-February": two bare months joined as a range, the first later in the
     * calendar than the second, so that the range crosses a year's end.
     */
    private boolean crossesYearEnd(Candidate first, Candidate second) {
        if (!(first.expr() instanceof TemporalExpression.Point a) || !(second.expr() instanceof TemporalExpression.Point b)
                || !bareMonth(a) || !bareMonth(b) || a.time().month() <= b.time().month()
                || second.start() - first.end() != 1) {
            return false;
        }
        Token between = tokens.get(first.end());
        return RANGE_WORDS.contains(between.lower) || between.isPunct('-') || between.text.equals("\u2013");
    }

    private static boolean bareMonth(TemporalExpression.Point p) {
        PartialTime t = p.time();
        return p.shift() == 0 && t.year() == null && t.month() != null && t.granularity() == Granularity.MONTH;
    }

    private static final Set<String> RANGE_WORDS = STORY_WORDS.get("range-words");

    /**
     * "In November 2008, protesters staged a similar stomping" in a paragraph about April 2003: a date years away
     * from the story's, written in the middle of a paragraph, is an aside. The story is at that date until the end of
     * the sentence, then back where it was ("on April 15" is 2003). A far date that opens a paragraph moves the
     * story for good.
     */
    private boolean aside(Candidate c, PartialTime p) {
        if (!story.started() || !(c.expr() instanceof TemporalExpression.Point) || story.time().year() == null
                || p.year() == null
                || p.bc() != story.time().bc() || Math.abs(p.year() - story.time().year()) <= ASIDE_YEARS) {
            return false;
        }
        // "(as of December 5, 2006)": a far date in parentheses is an aside wherever it stands
        if (parenthesized(c)) {
            return true;
        }
        // the first date of its paragraph opens a new part of the story (the search goes back to the last date only,
        // so that all of them together read each token once)
        if (story.lastDateToken() < 0) {
            return false;
        }
        for (int i = c.start(); i > story.lastDateToken(); i--) {
            if (tokens.get(i).newlinesBefore > 0) {
                return false;
            }
        }
        // "The war ended in 1648. In 1701 a new war began.": in a story told in years, a later date that opens its
        // sentence carries the story on (a story told in days, "on April 15", jumps years only for an aside); so does
        // one that opens its sentence after a date said from the present ("died last June. In 1955 the team
        // collapsed"), which was the aside
        if (opensSentence(c) && (storyFromDocument || p.year() > story.time().year()
                && !story.time().granularity().finerThan(Granularity.YEAR))) {
            return false;
        }
        return true;
    }

    /** The expression is inside parentheses opened at most four words before it, in its sentence. */
    private boolean parenthesized(Candidate c) {
        for (int i = c.start() - 1, k = 0; i >= 0 && k < 5; i--, k++) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                return true;
            }
            if (t.isPunct(')') || TenseReader.endsSentence(tokens, t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Lyon, 1793. On 9 August the siege began": a place and a year alone, a heading that sets the story's time (at
     * most three capitalized words and a comma before the year in its sentence, and the sentence or line ends after
     * it).
     */
    private boolean dateline(Candidate c) {
        return dateline(c.start(), c.end());
    }

    /** {@link #dateline(Candidate)} for the expression of tokens {@code [start, end)}. */
    private boolean dateline(int start, int end) {
        if (end >= tokens.size() || !TenseReader.endsSentence(tokens, tokens.get(end))
                && tokens.get(end).newlinesBefore == 0) {
            return false;
        }
        if (start < 2 || !tokens.get(start - 1).isPunct(',')) {
            return false;
        }
        // "Lyon, 1793", "New York, 1863": capitalized words alone before the comma, from the sentence's start
        for (int i = start - 2; i >= Math.max(0, start - 4); i--) {
            if (tokens.get(i).kind != Token.Kind.WORD || !tokens.get(i).capitalized()) {
                return false;
            }
            if (i == 0 || TenseReader.endsSentence(tokens, tokens.get(i - 1)) || tokens.get(i).newlinesBefore > 0) {
                return true;
            }
        }
        return false;
    }

    /** The expression opens its sentence, alone or after one preposition ("In 1701, ...", "By 1705 ..."). */
    private boolean opensSentence(Candidate c) {
        int i = c.start();
        if (i > 0 && STORY_PREPOSITIONS.contains(tokens.get(i - 1).lower)) {
            i--;
        }
        return i == 0 || TenseReader.endsSentence(tokens, tokens.get(i - 1)) || tokens.get(i).newlinesBefore > 0;
    }

    /**
     * Files the words near the date, in its sentence, with it: the clause that the date dates ("was shot to death on
     * the night of Oct. 23", "landed at Marathon in 490 BC"), {@link #EVENT_WORDS} words on each side, not past the
     * sentence's ends nor the next expression, for {@link EventDates}. A word farther away is in a clause the date
     * does not date ("On April 8, investigators ... searched the site of the shooting").
     */
    private void fileEvents(Candidate c, Candidate next, EventDates.Dated date) {
        int from = c.start();
        int floor = Math.max(events.filedTo(), c.start() - EVENT_WORDS);
        while (from > floor && !TenseReader.endsSentence(tokens, tokens.get(from - 1))) {
            from--;
        }
        int to = c.end();
        int ceiling = Math.min(tokens.size(), c.end() + EVENT_WORDS);
        while (to < ceiling && !TenseReader.endsSentence(tokens, tokens.get(to))) {
            to++;
        }
        if (next != null && next.start() < to) {
            to = next.start();
        }
        events.file(from, to, date);
    }

    /** How many tokens on each side of a date are filed as the words of the event it dates. */
    private static final int EVENT_WORDS = 8;

    /** The token that ends the sentence of {@code c}, looked for over a bounded stretch. */
    private int sentenceEnd(Candidate c) {
        // a run-on text has no sentences: the stretch is bounded
        int end = Math.min(tokens.size() - 1, c.end() + ASIDE_REACH);
        for (int i = c.end(); i <= end; i++) {
            Token t = tokens.get(i);
            if (TenseReader.endsSentence(tokens, t) || i > c.end() && t.newlinesBefore > 0) {
                end = i;
                break;
            }
        }
        return end;
    }

    /**
     * How one expression of a news story is anchored: a bare date or holiday ("On October 25", "By January", "On
     * Christmas Day") in a past-tense clause right after a date years away from the document's that set the story, in
     * its sentence or the one before ("In October 1950, ... . On October 25 they struck"), is the story's, as in a
     * narrative; everything else keeps the document's genre.
     */
    private Genre genreOf(Candidate c) {
        boolean bareDate = c.expr() instanceof TemporalExpression.Point p && p.shift() == 0
                && p.anchor() == AnchorKind.DEICTIC && p.time().year() == null
                || c.expr() instanceof TemporalExpression.Holiday h && h.shift() == 0
                && h.anchor() == AnchorKind.DEICTIC;
        if (genre != Genre.NEWS || !bareDate || !story.started()
                || "t0".equals(story.tid()) || story.time().year() == null || story.time().bc()
                || Math.abs(story.time().year() - dct.getYear()) < ASIDE_YEARS || story.lastDateToken() < 0) {
            return genre;
        }
        // the story's date heads a phrase of its own ("In October 1950, ...", "began in September 1941"), not a
        // modifier ("the Dec. 21, 1988, bombing", "bonds due 1993")
        int at = story.lastDateToken();
        Token before = at > 0 ? tokens.get(at - 1) : null;
        if (before != null && !before.isPunct('.') && !before.isPunct('"') && !before.text.equals("\u201c")
                && !STORY_PREPOSITIONS.contains(before.lower) && !before.lower.equals("on") && !dateline(at, at + 1)) {
            return genre;
        }
        int sentences = 0;
        for (int i = c.start(); i > story.lastDateToken(); i--) {
            if (tokens.get(i).newlinesBefore > 1) {
                return genre; // a new paragraph: the story's date was set in another
            }
            if (TenseReader.endsSentence(tokens, tokens.get(i)) && ++sentences > 1) {
                return genre; // the story's date is more than a sentence back
            }
        }
        return TenseReader.around(tokens, c.start(), c.end()) == TenseReader.ClauseTense.PAST ? Genre.NARRATIVE : genre;
    }

    /**
     * "Nixon said, 'I am tonight announcing ...'", "'He tricked me two years ago,' Thieu said": in a narrative, a time
     * said from the present inside a quotation is said from the time of the quote, which the text does not give to
     * the day (the story's time is near it, not it), never from the document's date.
     */
    private boolean quotedInStory() {
        return quoted && current == Genre.NARRATIVE && story.started() && !"t0".equals(story.tid());
    }

    /**
     * A time said from the present inside a quotation of a narrative ({@link #quotedInStory}): only the fields that do
     * not depend on when it was said ("tonight" is {@code XXXX-XX-XXTNI}, "15 months ago" {@code XXXX-XX}), as for a
     * document without a date ({@link UnknownDocumentDate}).
     */
    private Resolved quoted(Candidate c, Resolved r) {
        Resolved a = resolveFrom(c, PartialTime.ofDate(UnknownDocumentDate.FIRST));
        Resolved b = resolveFrom(c, PartialTime.ofDate(UnknownDocumentDate.SECOND));
        if (a == null || b == null || !(a.value instanceof PartialTime pa) || !(b.value instanceof PartialTime pb)
                || pa.granularity() != pb.granularity()) {
            return null;
        }
        return new Resolved(r.type, UnknownDocumentDate.common(pa, pb), r.mod, r.quant, r.freq, null,
                "said in a quotation: when it was said is not known to the day");
    }

    /**
     * "Thieu resigned on 21 April 1975. He suggested Kissinger had tricked him two years ago": in a narrative whose
     * story is years from the document's date, a time said from the present after a verb of speech in its sentence is
     * said from the story's time.
     */
    private boolean reportedInStory(Candidate c) {
        if (current != Genre.NARRATIVE || !story.started() || "t0".equals(story.tid()) || story.time().year() == null
                || story.time().bc() || Math.abs(story.time().year() - dct.getYear()) <= ASIDE_YEARS) {
            return false;
        }
        for (int i = c.start() - 1, k = 0; i >= 0 && k < SPEECH_WORDS; i--, k++) {
            Token t = tokens.get(i);
            if (TenseReader.endsSentence(tokens, t) || tokens.get(i + 1).newlinesBefore > 0) {
                return false;
            }
            if (SPEECH.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /** How far back, in tokens, a verb of speech is looked for. */
    private static final int SPEECH_WORDS = 20;

    /** The candidate resolved with the story's time in the place of the document's date, or null. */
    private Resolved fromStory(Candidate c) {
        Resolved r = resolveFrom(c, story.time());
        return r == null ? null : new Resolved(r.type, r.value, r.mod, r.quant, r.freq, story.tid(),
                "reference time " + story.time().timex3() + ", when it was said");
    }

    /** The candidate resolved with {@code now} as the time "today" and "two days ago" count from. */
    private Resolved resolveFrom(Candidate c, PartialTime now) {
        PartialTime keep = documentTime;
        documentTime = now;
        try {
            return resolveOne(c);
        } finally {
            documentTime = keep;
        }
    }

    /** Reads the tokens up to {@code to}: whether the reading is inside a quotation (a line break ends one). */
    private void readQuotes(int to) {
        for (; quoteScan < to && quoteScan < tokens.size(); quoteScan++) {
            Token t = tokens.get(quoteScan);
            if (t.newlinesBefore > 0) {
                quoted = false;
            }
            if (t.isPunct('"')) {
                quoted = !quoted;
            } else if (t.text.equals("\u201c")) {
                quoted = true;
            } else if (t.text.equals("\u201d")) {
                quoted = false;
            }
        }
    }

    private PartialTime anchorTime(AnchorKind a) {
        return switch (a) {
            case DOCUMENT -> documentTime;
            case NARRATIVE -> story.time();
            case DEICTIC -> current == Genre.NARRATIVE ? story.time() : dctTime;
        };
    }

    private String anchorTid(AnchorKind a) {
        return switch (a) {
            case DOCUMENT -> "t0";
            case NARRATIVE -> story.tid();
            case DEICTIC -> current == Genre.NARRATIVE ? story.tid() : "t0";
        };
    }

    private String anchorText(AnchorKind a) {
        PartialTime p = anchorTime(a);
        boolean document = anchorTid(a).equals("t0");
        // one string per reference time, not one per expression
        if (p != lastAnchor) {
            lastAnchor = p;
            lastAnchorText = (document ? "document date " : "reference time ") + p.timex3();
        } else if (document != lastAnchorText.startsWith("document")) {
            lastAnchorText = (document ? "document date " : "reference time ") + p.timex3();
        }
        return lastAnchorText;
    }

    private Resolved anchored(TimexType type, TimeValue v, AnchorKind a) {
        return new Resolved(type, v, null, null, null, anchorTid(a), anchorText(a));
    }

    private Resolved resolveOne(Candidate c) {
        TemporalExpression e = c.expr();
        try {
            return switch (e) {
                case TemporalExpression.Point p -> point(c, p);
                case TemporalExpression.UnitShift u -> unitShift(c, u);
                case TemporalExpression.DayShift d -> dayShift(c, d);
                case TemporalExpression.DocumentDayIn d -> documentDayIn(c, d);
                case TemporalExpression.Offset o -> offset(o);
                case TemporalExpression.Weekday w -> weekday(c, w);
                case TemporalExpression.Holiday h -> holiday(c, h);
                case TemporalExpression.NthDayOfMonth d -> nthDayOfMonth(c, d);
                case TemporalExpression.InYear y -> inYear(c, y);
                case TemporalExpression.ReportingPeriod r -> reportingPeriod(r);
                case TemporalExpression.Duration d -> Resolved.of(TimexType.DURATION, d.value());
                case TemporalExpression.AnchoredDuration d -> anchored(TimexType.DURATION, d.value(), d.anchor());
                case TemporalExpression.Recurrence s -> new Resolved(TimexType.SET, s.value(), null, s.quant(),
                        s.freq(), null, null);
                case TemporalExpression.Ref r -> Resolved.of(TimexType.DATE, r.ref());
                case TemporalExpression.StoryAnaphor a -> a.narrativeOnly() && current != Genre.NARRATIVE ? null
                        : storyAnaphor();
                case TemporalExpression.EventOffset o -> eventOffset(c, o);
                case TemporalExpression.NthDayOfShiftedMonth d -> nthDayOfShiftedMonth(d);
                case TemporalExpression.WeekOf w -> weekOf(c, w);
                case TemporalExpression.Shifted s -> shifted(c, s);
                case TemporalExpression.Impossible i -> null;
            };
        } catch (IllegalArgumentException | java.time.DateTimeException ex) {
            return null;
        }
    }

    private Resolved point(Candidate c, TemporalExpression.Point p) {
        if (current == Genre.NEWS && clauseDate != null) {
            // "Passover 2022 fell in April": the year of the clause's date
            return Resolved.of(c.type(), p.time().toBuilder().year(clauseDate.year()).bc(clauseDate.bc())
                    .implied(PartialTime.Field.YEAR).build());
        }
        PartialTime opening = bareDateYear(p.shift(), p.anchor());
        Resolved r = point(c, p, opening != null ? opening : anchorTime(p.anchor()));
        r = opening != null ? fromOpening(r, opening) : r;
        return p.time().dayOfWeek() != null && p.time().day() != null ? yearOfWeekday(c, r, p.time().dayOfWeek()) : r;
    }

    /**
     * "Sat, Aug 2" without a year: the weekday picks it, the nearest to the one the anchor gave in which the day is
     * that weekday (within six years, before it in a past clause, after it in a future one); when none is, the
     * anchor's year stands. The weekday itself is not part of the value.
     */
    private Resolved yearOfWeekday(Candidate c, Resolved r, int dayOfWeek) {
        if (r == null || !(r.value instanceof PartialTime v) || v.year() == null || v.bc() || v.month() == null
                || v.day() == null) {
            return r;
        }
        int year = v.year();
        TenseReader.ClauseTense tense = tense(c);
        boolean later = tense == TenseReader.ClauseTense.FUTURE;
        boolean earlier = tense == TenseReader.ClauseTense.PAST;
        PartialTime.Builder b = v.toBuilder().dayOfWeek(null);
        search:
        for (int k = 0; k <= 6; k++) {
            // a past clause looks back only, a future one ahead only
            for (int y : later ? new int[] {year + k} : earlier ? new int[] {year - k} : new int[] {year - k, year + k}) {
                if (y >= 1 && y <= 9999 && java.time.YearMonth.of(y, v.month()).isValidDay(v.day())
                        && LocalDate.of(y, v.month(), v.day()).getDayOfWeek().getValue() == dayOfWeek) {
                    b.year(y);
                    break search;
                }
            }
        }
        return new Resolved(r.type, b.build(), r.mod, r.quant, r.freq, r.anchorTid, r.anchorText);
    }

    /**
     * The year a bare date of a narrative ("October 5", "summer", "Easter": no shift, not said from the document
     * date) takes from its own sentence ({@link #sentenceYear}) or, before any date has moved the story, from the
     * story's opening ({@link StoryTime#opening}); null when neither applies and the anchor decides.
     */
    private PartialTime bareDateYear(int shift, AnchorKind anchor) {
        if (shift != 0 || anchor == AnchorKind.DOCUMENT || current != Genre.NARRATIVE) {
            return null;
        }
        return sentenceYear != null ? sentenceYear : story.opening();
    }

    /** A bare date of a narrative read before the story has a date of its own: anchored on the story's opening year. */
    private static Resolved fromOpening(Resolved r, PartialTime opening) {
        return r == null || r.anchorTid == null ? r : new Resolved(r.type, r.value, r.mod, r.quant, r.freq, OPENING,
                "reference time " + opening.timex3());
    }

    private Resolved point(Candidate c, TemporalExpression.Point p, PartialTime anchor) {
        PartialTime t = p.time();
        TemporalExpression.Clock clock = p.clock();
        if (clock != null && t.day() != null) {
            PartialTime.Builder withClock = t.toBuilder();
            applyClock(withClock, clock);
            t = withClock.build();
        }
        if (t.year() != null || t.decade() != null || t.century() != null
                || t.granularity().coarserThan(Granularity.YEAR)) {
            return Resolved.of(c.type(), t);
        }
        if (anchor.year() == null) {
            return Resolved.of(c.type(), t);
        }
        if (t.day() != null && t.month() == null && !anchor.bc()) {
            return dayOfMonth(c, p, anchor);
        }
        int year = anchor.year();
        PartialTime.Builder b = t.toBuilder();
        // a winter named after the autumn: the one that comes ("they passed the winter" after "autumn of 481 BC")
        boolean comingWinter = t.season() == PartialTime.Season.WI && p.shift() == 0
                && (anchor.season() != null && anchor.season() != PartialTime.Season.WI
                && anchor.season().ordinal() >= PartialTime.Season.FA.ordinal()
                || anchor.month() != null && anchor.month() >= 9);
        if (anchor.bc()) {
            // a story in the years BC: the named period in the anchor's year, no calendar arithmetic
            return anchored(c.type(), CalendarMath.withYear(anchor, b, comingWinter ? 1 : 0).implied(PartialTime.Field.YEAR)
                    .build(), p.anchor());
        }
        if (comingWinter && current == Genre.NARRATIVE) {
            return anchored(c.type(), b.year(year + 1).implied(PartialTime.Field.YEAR).build(), p.anchor());
        }
        if (t.granularity().ordinal() >= Granularity.HOUR.ordinal() && t.month() == null && t.dayOfWeek() == null) {
            // a clock time alone: on the day the story is at, else on the anchor's day
            if (clock != null) {
                b.zone(clock.zone());
            }
            if (sentenceDay != null) {
                b.impliedDate(sentenceDay.date());
                return Resolved.of(c.type(), b.build());
            }
            if (story.started() && story.time().date() != null) {
                anchor = story.time();
                b.impliedDate(story.time().date());
                return new Resolved(c.type(), b.build(), null, null, null, story.tid(),
                        "reference time " + story.time().timex3());
            }
            if (anchor.date() == null) {
                return Resolved.of(c.type(), t);
            }
            b.impliedDate(anchor.date());
            return anchored(c.type(), b.build(), p.anchor());
        }
        // which year: the named period's occurrence relative to the anchor
        LocalDate aStart = anchor.startDate();
        b.year(year).implied(PartialTime.Field.YEAR);
        PartialTime candidate = b.build();
        if (p.shift() != 0 && aStart != null) {
            b.year(year + shiftedYear(p.shift(), candidate.startDate(), candidate.endDate(), anchor));
        } else if (p.shift() == 0 && current == Genre.NARRATIVE && p.anchor() != AnchorKind.DOCUMENT
                && t.month() != null && anchor.month() != null && !anchor.isImplied(PartialTime.Field.MONTH)
                && anchor.month() - t.month() >= ROLLOVER_MONTHS) {
            // the story turns the year: "In January" right after "December 1941" is January 1942
            b.year(year + 1);
        } else if (p.shift() == 0 && p.anchor() == AnchorKind.DEICTIC && current == Genre.NEWS
                && (!t.granularity().coarserThan(Granularity.DAY) && t.month() != null
                || t.granularity() == Granularity.MONTH || t.granularity() == Granularity.QUARTER)
                && aStart != null && candidate.startDate() != null) {
            // a quarter is reported after it ends: "expects to report third-quarter results" is this year's
            TenseReader.Reading tense = TenseReader.read(tokens, c.start(), c.end());
            boolean future = t.granularity() != Granularity.QUARTER && tense.tense() == TenseReader.ClauseTense.FUTURE;
            // "Talks collapsed in December", told in November: last December (a month-day after a past verb may
            // still be a date set ahead: "extended to Nov. 20", "payable Dec. 7")
            boolean past = t.granularity() == Granularity.MONTH && tense.plainPast(tokens, c.start());
            b.year(year + (past && candidate.startDate().isAfter(aStart) ? -1
                    : yearInNews(future, candidate.startDate(), candidate.endDate(), aStart)));
        }
        return anchored(c.type(), b.build(), p.anchor());
    }

    /**
     * "on the 22nd", "Thursday the 21st": a day of a month the text leaves out. With a weekday, the nearest month
     * (within eleven, in the direction of the clause's tense) where that day falls on it; else the anchor's month, or in news the one before when
     * the clause is in the past and the day lies after the anchor (the one after for a future clause and a day
     * before it). Without the anchor's month, the day alone ({@code XXXX-XX-22}).
     */
    private Resolved dayOfMonth(Candidate c, TemporalExpression.Point p, PartialTime anchor) {
        PartialTime t = p.time();
        if (anchor.month() == null || anchor.year() == null) {
            return Resolved.of(c.type(), t);
        }
        java.time.YearMonth base = java.time.YearMonth.of(anchor.year(), anchor.month());
        if (p.shift() != 0) {
            // "the 5th of next month": that day of the month the shift names
            java.time.YearMonth ym = base.plusMonths(p.shift());
            if (t.day() > ym.lengthOfMonth()) {
                return null;
            }
            PartialTime.Builder b = PartialTime.ofDate(ym.atDay(t.day())).toBuilder().implied(PartialTime.Field.YEAR)
                    .implied(PartialTime.Field.MONTH);
            if (p.clock() != null) {
                applyClock(b, p.clock());
            }
            return anchored(c.type(), b.build(), p.anchor());
        }
        LocalDate at = anchor.date() != null ? anchor.date() : base.atDay(1);
        LocalDate chosen = null;
        TenseReader.ClauseTense tense = tense(c);
        if (t.dayOfWeek() != null) {
            // the month, at most eleven away, in the clause's direction (either when it has none), where the day falls
            // on the weekday
            int step = tense == TenseReader.ClauseTense.PAST ? -1 : tense == TenseReader.ClauseTense.FUTURE ? 1 : 0;
            for (int k = 0; k < 12 && chosen == null; k++) {
                for (int sign : step == 0 ? new int[] {1, -1} : new int[] {step}) {
                    java.time.YearMonth ym = base.plusMonths((long) sign * k);
                    if (chosen == null && t.day() <= ym.lengthOfMonth()
                            && ym.atDay(t.day()).getDayOfWeek().getValue() == t.dayOfWeek()) {
                        chosen = ym.atDay(t.day());
                    }
                }
            }
        }
        if (chosen == null) {
            int k = 0;
            if (current == Genre.NEWS && anchor.date() != null && t.day() <= base.lengthOfMonth()) {
                LocalDate d = base.atDay(t.day());
                if (tense == TenseReader.ClauseTense.PAST && d.isAfter(at)) {
                    k = -1;
                } else if (tense == TenseReader.ClauseTense.FUTURE && d.isBefore(at)) {
                    k = 1;
                }
            }
            java.time.YearMonth ym = base.plusMonths(k);
            if (t.day() > ym.lengthOfMonth()) {
                return Resolved.of(c.type(), t.toBuilder().dayOfWeek(null).build());
            }
            chosen = ym.atDay(t.day());
        }
        PartialTime.Builder v = PartialTime.ofDate(chosen).toBuilder().implied(PartialTime.Field.YEAR)
                .implied(PartialTime.Field.MONTH);
        if (p.clock() != null) {
            // "the morning of the 3rd"
            applyClock(v, p.clock());
        }
        return anchored(c.type(), v.build(), p.anchor());
    }

    /**
     * "last November" said in November is the one before (-1); "next spring" said in spring the one after (+1):
     * the years to add to the anchor's for a period [s, e] in the anchor's year.
     */
    private static int shiftedYear(int shift, LocalDate s, LocalDate e, PartialTime anchor) {
        if (shift < 0 && !e.isBefore(anchor.startDate())) {
            return -1;
        }
        if (shift > 0 && !s.isAfter(anchor.endDate())) {
            return 1;
        }
        return 0;
    }

    /**
     * A month, month-day ("the night of Oct. 23"), quarter or holiday in news, [s, e] in the document's year:
     * reported events lie in the past, announced ones in the future. The years to add to the document's.
     */
    private static int yearInNews(boolean future, LocalDate s, LocalDate e, LocalDate aStart) {
        if (!future && s.isAfter(aStart.plusMonths(PAST_SLACK_MONTHS))) {
            return -1;
        }
        if (future ? e.isBefore(aStart) : e.isBefore(aStart.minusMonths(9))) {
            return 1;
        }
        return 0;
    }

    /**
     * "the first Monday in October", "the last day of June 2011": with its year, that day; without, the one of the
     * anchor's year, in news the year a month-day would take by the clause's tense (as for a holiday).
     */
    private Resolved nthDayOfMonth(Candidate c, TemporalExpression.NthDayOfMonth d) {
        if (d.year() != null) {
            LocalDate day = d.in(d.year());
            return day == null ? null : Resolved.of(TimexType.DATE, PartialTime.ofDate(day));
        }
        PartialTime anchor = anchorTime(d.anchor());
        if (anchor.year() == null || anchor.bc() || anchor.startDate() == null) {
            return null;
        }
        int year = anchor.year();
        LocalDate day = d.in(year);
        if (day == null) {
            return null;
        }
        if (d.anchor() == AnchorKind.DEICTIC && current == Genre.NEWS) {
            year += yearInNews(future(c), day, day, anchor.startDate());
            day = d.in(year);
        }
        return day == null ? null : anchored(TimexType.DATE, PartialTime.ofDate(day).toBuilder()
                .implied(PartialTime.Field.YEAR).build(), d.anchor());
    }

    /** A holiday of a year picked as for a month and day: "Thanksgiving", "last Easter". */
    private Resolved holiday(Candidate c, TemporalExpression.Holiday h) {
        PartialTime opening = bareDateYear(h.shift(), h.anchor());
        Resolved r = holiday(c, h, opening != null ? opening : anchorTime(h.anchor()));
        return opening != null ? fromOpening(r, opening) : r;
    }

    private Resolved holiday(Candidate c, TemporalExpression.Holiday h, PartialTime anchor) {
        if (anchor.year() == null || anchor.bc() || anchor.startDate() == null) {
            return null;
        }
        int year = anchor.year();
        Holidays.Occurrence d = Holidays.occurrence(h.name(), year);
        if (d == null) {
            return null;
        }
        if (h.shift() != 0) {
            year += shiftedYear(h.shift(), d.first(), d.last(), anchor);
        } else if (h.anchor() == AnchorKind.DEICTIC && current == Genre.NEWS) {
            year += yearInNews(future(c), d.first(), d.last(), anchor.startDate());
        }
        Holidays.Occurrence that = Holidays.occurrence(h.name(), year);
        if (that == null) {
            return null;
        }
        // a one-day holiday is that day, Ramadan its month or year, Diwali only its year
        PartialTime value = that.value();
        return anchored(value.granularity() == Granularity.DAY ? c.type() : TimexType.DATE,
                value.toBuilder().implied(PartialTime.Field.YEAR).build(), h.anchor());
    }

    private Resolved unitShift(Candidate c, TemporalExpression.UnitShift u) {
        PartialTime a = anchorTime(u.anchor());
        if (a.year() == null) {
            return null;
        }
        if (a.bc()) {
            if (u.unit() != TimeUnit.YEAR) {
                return null;
            }
            return anchored(TimexType.DATE, CalendarMath.withYear(a, PartialTime.builder(Granularity.YEAR), u.shift()).build(),
                    u.anchor());
        }
        int shift = u.shift();
        // "over the weekend" in a report written Monday to Thursday: the weekend just past
        if (u.unit() == TimeUnit.WEEKEND && shift == 0 && a.date() != null
                && a.date().getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue() && !future(c)) {
            shift = -1;
        }
        PartialTime v = CalendarMath.shiftUnit(a, u.unit(), shift);
        return v == null ? null : anchored(TimexType.DATE, v, u.anchor());
    }

    /**
     * "At the time", "during that period": the story's time as it is, once a date of the text has set it; before that
     * (only the document date to refer to) no time at all.
     */
    private Resolved storyAnaphor() {
        if (!story.started() || "t0".equals(story.tid())) {
            return null;
        }
        PartialTime t = story.time();
        return anchored(t.hour() != null || t.partOfDay() != null ? TimexType.TIME : TimexType.DATE, t,
                AnchorKind.NARRATIVE);
    }

    /**
     * "Ten days before the murder", "eight days after Fort Sumter": when the event is dated in the text (a word of
     * the phrase after "before"/"after" was filed with a date at least as fine as the unit, {@link EventDates}) the
     * date that far from it; otherwise only the length is known, a duration.
     */
    private Resolved eventOffset(Candidate c, TemporalExpression.EventOffset o) {
        // "Oct. 12, the day before the plunge": in apposition to a date, that date
        if (o.point() && last != null && last.end() == c.start() - 1 && tokens.get(c.start() - 1).isPunct(',')
                && out.getLast().time() instanceof PartialTime p && out.getLast().type() == TimexType.DATE) {
            return new Resolved(TimexType.DATE, p, null, null, null, out.getLast().tid(),
                    "reference time " + p.timex3());
        }
        EventDates.Dated event = events.find(c.end() + 1);
        TimeUnit unit = o.value().unit();
        if (event == null || event.time().year() == null || event.time().granularity().coarserThan(unit.granularity())) {
            return o.point() ? Resolved.of(TimexType.DATE, PartialTime.builder(unit.granularity()).build())
                    : Resolved.of(TimexType.DURATION, o.value());
        }
        PartialTime a = event.time();
        long n = o.value().amount().longValue() * o.direction();
        PartialTime v;
        if (a.bc()) {
            int years = CalendarMath.years(unit, n);
            if (years == 0) {
                return Resolved.of(TimexType.DURATION, o.value());
            }
            v = CalendarMath.withYear(a, PartialTime.builder(Granularity.YEAR), years).build();
        } else {
            v = CalendarMath.offsetPoint(a, unit, n);
        }
        return new Resolved(TimexType.DATE, v, null, null, null, event.tid(), "reference time " + a.timex3());
    }

    /** "On this day in 1941": the document date's month and day, in 1941 (February 29 in a common year: none). */
    private Resolved documentDayIn(Candidate c, TemporalExpression.DocumentDayIn d) {
        if (dct.getMonthValue() == 2 && dct.getDayOfMonth() == 29 && !java.time.Year.isLeap(d.year())) {
            return null;
        }
        PartialTime v = PartialTime.ofDate(LocalDate.of(d.year(), dct.getMonthValue(), dct.getDayOfMonth()))
                .toBuilder().implied(PartialTime.Field.MONTH).implied(PartialTime.Field.DAY).build();
        return anchored(c.type(), v, AnchorKind.DOCUMENT);
    }

    private Resolved dayShift(Candidate c, TemporalExpression.DayShift d) {
        PartialTime a = anchorTime(d.anchor());
        LocalDate date = a.date();
        if (date == null) {
            return null;
        }
        LocalDate day = date.plusDays(d.days());
        PartialTime.Builder b = PartialTime.ofDate(day).toBuilder();
        TimexType type = TimexType.DATE;
        if (d.clock() != null) {
            applyClock(b, d.clock());
            type = TimexType.TIME;
        }
        return anchored(type, b.build(), d.anchor());
    }

    private static void applyClock(PartialTime.Builder b, TemporalExpression.Clock clock) {
        if (clock.hour() != null) {
            b.granularity(clock.second() != null ? Granularity.SECOND : Granularity.MINUTE).hour(clock.hour())
                    .minute(clock.minute() == null ? 0 : clock.minute()).second(clock.second()).zone(clock.zone());
        } else if (clock.partOfDay() != null) {
            b.granularity(Granularity.PART_OF_DAY).partOfDay(clock.partOfDay());
        }
    }

    /** "the first Thursday of next month": the day in the anchor's month, shifted. */
    private Resolved nthDayOfShiftedMonth(TemporalExpression.NthDayOfShiftedMonth d) {
        PartialTime a = anchorTime(d.anchor());
        if (a.year() == null || a.month() == null || a.bc()) {
            return null;
        }
        java.time.YearMonth ym = java.time.YearMonth.of(a.year(), a.month()).plusMonths(d.monthShift());
        LocalDate day = new TemporalExpression.NthDayOfMonth(d.n(), d.dayOfWeek(), ym.getMonthValue(), ym.getYear(),
                d.anchor()).in(ym.getYear());
        return day == null ? null : anchored(TimexType.DATE, PartialTime.ofDate(day).toBuilder()
                .implied(PartialTime.Field.YEAR).implied(PartialTime.Field.MONTH).build(), d.anchor());
    }

    /** The expression a composition is made of, resolved as if written alone at the composition's place. */
    private Resolved part(Candidate c, TemporalExpression e) {
        return resolveOne(new Candidate(c.start(), c.end(), e, TimexType.DATE, null, c.rule(), c.priority()));
    }

    /** "the week of March 6": the ISO week of the day. */
    private Resolved weekOf(Candidate c, TemporalExpression.WeekOf w) {
        Resolved day = part(c, w.day());
        if (day == null || !(day.value instanceof PartialTime p) || p.day() == null || p.startDate() == null) {
            return null;
        }
        LocalDate d = p.startDate();
        PartialTime v = PartialTime.builder(Granularity.WEEK).year(d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR))
                .week(d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)).build();
        return new Resolved(TimexType.DATE, v, null, null, null, day.anchorTid, day.anchorText);
    }

    /** "a month after Easter", "three weeks from tomorrow": the day named, then the amount, in the amount's grain. */
    private Resolved shifted(Candidate c, TemporalExpression.Shifted s) {
        Resolved base = part(c, s.base());
        if (base == null || !(base.value instanceof PartialTime p) || p.day() == null || p.year() == null || p.bc()
                || s.amount().stripTrailingZeros().scale() > 0) {
            return null;
        }
        PartialTime v = CalendarMath.offsetPoint(PartialTime.ofDate(p.startDate()), s.unit(),
                s.amount().longValue() * s.direction());
        return new Resolved(TimexType.DATE, v, null, null, null, base.anchorTid, base.anchorText);
    }

    private Resolved offset(TemporalExpression.Offset o) {
        AnchorKind anchor = o.anchor();
        if (anchor == AnchorKind.NARRATIVE && !story.started()) {
            // "Seventy years later" in a headline, before the story has a time: the time of writing
            anchor = AnchorKind.DOCUMENT;
            if (o.direction() > 0) {
                PartialTime a = anchorTime(anchor);
                return anchored(TimexType.DATE, CalendarMath.truncate(a, o.unit()), anchor);
            }
        }
        if (o.amount() == null) {
            return anchored(TimexType.DATE, o.direction() < 0 ? TimeValue.Reference.PAST_REF
                    : TimeValue.Reference.FUTURE_REF, anchor);
        }
        PartialTime a = anchorTime(anchor);
        TimeUnit unit = o.unit();
        BigDecimal amount = o.amount();
        if (amount.stripTrailingZeros().scale() > 0) {
            return anchored(TimexType.DATE, o.direction() < 0 ? TimeValue.Reference.PAST_REF
                    : TimeValue.Reference.FUTURE_REF, anchor);
        }
        long n = amount.longValue() * o.direction();
        if (a.year() == null) {
            if (a.decade() == null && a.century() == null) {
                return null;
            }
            // a story at a decade or a century: the offset in its own grain ("two decades later" after "the 1880s"
            // is the 1900s); a finer one ("three years later") has no known year
            PartialTime v = CalendarMath.offsetCoarse(a, unit, n);
            return anchored(TimexType.DATE, v != null ? v : PartialTime.builder(Granularity.YEAR).build(), anchor);
        }
        if (a.bc()) {
            int years = CalendarMath.years(unit, n);
            return anchored(TimexType.DATE, CalendarMath.withYear(a, PartialTime.builder(Granularity.YEAR), years).build(), anchor);
        }
        // "a year ago" in a report about quarters means the same quarter a year before
        if (unit == TimeUnit.YEAR && lastQuarter != null && n == -1) {
            return anchored(TimexType.DATE, CalendarMath.shiftUnit(lastQuarter, TimeUnit.QUARTER, -4), anchor);
        }
        return anchored(unit.granularity().ordinal() >= Granularity.HOUR.ordinal() ? TimexType.TIME : TimexType.DATE,
                CalendarMath.offsetPoint(a, unit, n), anchor);
    }


    private Resolved inYear(Candidate c, TemporalExpression.InYear y) {
        PartialTime a = anchorTime(y.anchor());
        if (a.year() == null) {
            return null;
        }
        PartialTime v = CalendarMath.withYear(a, y.time().toBuilder(), y.yearShift()).build();
        return anchored(c.type(), v, y.anchor());
    }

    private Resolved reportingPeriod(TemporalExpression.ReportingPeriod r) {
        PartialTime q;
        if (r.unit() == TimeUnit.QUARTER) {
            // the quarter a report speaks of: the last one completed before the document date
            q = CalendarMath.shiftUnit(PartialTime.ofDate(dct), TimeUnit.QUARTER, -1);
            if (r.yearsBack() != 0) {
                q = CalendarMath.shiftUnit(q, TimeUnit.QUARTER, -4 * r.yearsBack());
            }
            if (q != null && r.year() != null) {
                q = q.toBuilder().year(r.year()).build();
            }
        } else {
            q = PartialTime.ofYear(dct.getYear() - r.yearsBack());
        }
        return q == null ? null : anchored(TimexType.DATE, q, AnchorKind.DOCUMENT);
    }

    private Resolved weekday(Candidate c, TemporalExpression.Weekday w) {
        if (current == Genre.NEWS && clauseDate != null && clauseDate.date() != null) {
            // "Eid al-Fitr 2021 fell on a Thursday": the weekday nearest the clause's date (that day, if it is one)
            LocalDate near = clauseDate.date();
            int gap = Math.floorMod(w.dayOfWeek() - near.getDayOfWeek().getValue(), 7);
            return Resolved.of(c.type(), weekdayValue(gap <= 3 ? near.plusDays(gap) : near.minusDays(7 - gap), w));
        }
        PartialTime a = anchorTime(w.anchor());
        LocalDate d = a.date();
        if (d == null) {
            PartialTime v = PartialTime.builder(Granularity.DAY).dayOfWeek(w.dayOfWeek()).build();
            return Resolved.of(c.type(), v);
        }
        DayOfWeek target = DayOfWeek.of(w.dayOfWeek());
        LocalDate day;
        if (w.sameWeek()) {
            // "this Thursday", "Thursday of next week": the weekday in the anchor's week, shifted by whole weeks
            day = d.plusWeeks(w.shift()).with(DayOfWeek.MONDAY).with(TemporalAdjusters.nextOrSame(target));
        } else if (w.shift() < 0) {
            // "last Friday"; "three Fridays ago" (shift -3) two weeks before it
            day = d.with(TemporalAdjusters.previous(target)).plusWeeks(w.shift() + 1);
        } else if (w.shift() > 0) {
            // "next Tuesday"; "Tuesday after next" (shift 2) a week later
            day = d.with(TemporalAdjusters.next(target)).plusWeeks(w.shift() - 1);
        } else if (future(c)) {
            day = d.with(TemporalAdjusters.nextOrSame(target));
        } else {
            day = d.with(TemporalAdjusters.previousOrSame(target));
        }
        return anchored(c.type(), weekdayValue(day, w), w.anchor());
    }

    /** The day a weekday was read as, every field of it implied, with the weekday's clock. */
    private static PartialTime weekdayValue(LocalDate day, TemporalExpression.Weekday w) {
        PartialTime.Builder b = PartialTime.ofDate(day).toBuilder().implied(PartialTime.Field.YEAR)
                .implied(PartialTime.Field.MONTH).implied(PartialTime.Field.DAY);
        if (w.clock() != null) {
            applyClock(b, w.clock());
        }
        return b.build();
    }

    /**
     * A look ahead from the story's time: the future ("which would hold out until February 1945") or the end of
     * something still going on ("a siege that lasted until the fall of Budapest in February 1945").
     */
    private boolean ahead(Candidate c) {
        if (future(c)) {
            return true;
        }
        for (int i = c.start() - 1, k = 0; i >= 0 && k < 12; i--, k++) {
            Token t = tokens.get(i);
            if (TenseReader.endsSentence(tokens, t)) {
                return false;
            }
            if (t.lower.equals("until") || t.lower.equals("till")) {
                return true;
            }
            // "a withdrawal date sometime in late 2008", "a deadline of June 2010" ("to date" is no plan)
            if (PLAN_NOUNS.contains(t.lower) && k < 6 && !(i > 0 && tokens.get(i - 1).lower.equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** True when the clause around the candidate speaks of the future ("will", "is scheduled to"). */
    private boolean future(Candidate c) {
        return tense(c) == TenseReader.ClauseTense.FUTURE;
    }

    private TenseReader.ClauseTense tense(Candidate c) {
        return TenseReader.around(tokens, c.start(), c.end());
    }
}
