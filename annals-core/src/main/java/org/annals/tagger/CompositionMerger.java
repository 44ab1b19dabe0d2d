package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.DurationValue;
import org.annals.time.Granularity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins expressions that name one time together:
 * <ul>
 *   <li>"the week of March 6", "the week of Thanksgiving": the ISO week of the day ({@link TemporalExpression.WeekOf},
 *       as TimeBank annotates it: {@code 2000-W10});</li>
 *   <li>"the day before" or "the day after" a holiday or a weekday: "the day before last Tuesday", "the day after
 *       Christmas" ({@link TemporalExpression.Shifted} by a day);</li>
 *   <li>a duration, "after", "before" or "from", then a day named by a word, a holiday or a weekday: "three weeks from
 *       tomorrow", "a month after Easter", "two days before Christmas" ({@link TemporalExpression.Shifted}). After a
 *       date written out ("eight trading days after Oct. 12") the two stay apart, as TimeBank has them, and after
 *       "for", "within"... the duration is a length ("for two days after Christmas").</li>
 * </ul>
 * Runs on the candidates after overlaps are resolved; looks three tokens before a candidate and one after, so linear.
 */
public final class CompositionMerger {

    /** Words before a duration that make it a length: {@code event-offset.tsv} (shared with the event offsets). */
    private static final Set<String> LENGTH_PREPOSITIONS = WordLists.load(CompositionMerger.class,
            "/org/annals/tagger/event-offset.tsv").get("length-prepositions");

    private CompositionMerger() {
    }

    /** Candidates sorted by start, not overlapping; the result too. */
    public static List<Candidate> merge(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        boolean changed = false;
        int previousEnd = 0;
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            Candidate kept = shifted(tokens, c, i + 1 < in.size() ? in.get(i + 1) : null);
            if (kept != null) {
                i++; // the day is part of the composition
            } else {
                // "the day" before it may have been read as a day of its own: the composition takes its place
                Candidate last = out.isEmpty() ? null : out.getLast();
                boolean theDay = last != null && last.end() == c.start() - 1 && last.start() >= c.start() - 3;
                kept = dayBefore(tokens, c, theDay ? last.start() : previousEnd);
                if (kept != null && theDay) {
                    out.removeLast();
                }
            }
            if (kept == null) {
                kept = weekOf(tokens, c, previousEnd);
                if (kept == null) {
                    kept = c;
                }
            }
            changed |= kept != c;
            out.add(kept);
            previousEnd = kept.end();
        }
        return changed ? out : in;
    }

    private static boolean namesADay(TemporalExpression e) {
        return switch (e) {
            case TemporalExpression.Point p -> p.time().day() != null && p.clock() == null;
            case TemporalExpression.Holiday h -> true;
            case TemporalExpression.Weekday w -> w.clock() == null;
            case TemporalExpression.DayShift d -> d.clock() == null;
            default -> false;
        };
    }

    /**
     * A day named by a holiday or a weekday, without a clock, or with {@code dayWords} also by a word ("tomorrow"): what
     * a composition may count from. A holiday of a fixed day ("Christmas") is read as its month and day.
     */
    private static boolean namedDay(Candidate c, boolean dayWords) {
        return switch (c.expr()) {
            case TemporalExpression.Holiday h -> true;
            case TemporalExpression.Point p -> c.rule().startsWith("holiday/") && p.clock() == null;
            case TemporalExpression.Weekday w -> w.clock() == null;
            case TemporalExpression.DayShift d -> dayWords && d.clock() == null;
            default -> false;
        };
    }

    /** "the day before last Tuesday", "the day after Christmas": a day from a day named by a weekday or holiday. */
    private static Candidate dayBefore(List<Token> tokens, Candidate c, int previousEnd) {
        int s = c.start() - 3;
        if (s < previousEnd || c.mod() != null || !tokens.get(s + 1).lower.equals("day")
                || !tokens.get(s).lower.equals("the")) {
            return null;
        }
        String signal = tokens.get(s + 2).lower;
        int direction = signal.equals("after") ? 1 : signal.equals("before") ? -1 : 0;
        if (direction == 0 || !namedDay(c, false)) {
            return null;
        }
        // TimeBank leaves the article out: "The [day before last Tuesday]'s hearing"
        return new Candidate(s + 1, c.end(), new TemporalExpression.Shifted(c.expr(), java.math.BigDecimal.ONE,
                org.annals.time.TimeUnit.DAY, direction), TimexType.DATE, null, c.rule() + "/day-" + signal,
                c.priority());
    }

    /** "the week of March 6": the three words before a day. */
    private static Candidate weekOf(List<Token> tokens, Candidate c, int previousEnd) {
        int s = c.start() - 3;
        if (s < previousEnd || !namesADay(c.expr()) || c.mod() != null || !tokens.get(s).lower.equals("the")
                || !tokens.get(s + 1).lower.equals("week") || !tokens.get(s + 2).lower.equals("of")) {
            return null;
        }
        return new Candidate(s, c.end(), new TemporalExpression.WeekOf(c.expr()), TimexType.DATE, null,
                c.rule() + "/week-of", c.priority());
    }

    /** "a month after Easter": a whole number of days or more, the signal, then the day, with nothing between. */
    private static Candidate shifted(List<Token> tokens, Candidate c, Candidate day) {
        if (day == null || day.start() != c.end() + 1 || !(c.expr() instanceof TemporalExpression.Duration d)
                || c.mod() != null || day.mod() != null) {
            return null;
        }
        DurationValue v = d.value();
        if (v.parts().size() != 1 || v.amount() == null || v.amount().stripTrailingZeros().scale() > 0
                || v.unit().granularity().finerThan(Granularity.DAY) || v.unit() == org.annals.time.TimeUnit.WEEKEND) {
            return null;
        }
        String signal = tokens.get(c.end()).lower;
        int direction = signal.equals("after") || signal.equals("from") ? 1 : signal.equals("before") ? -1 : 0;
        if (direction == 0 || c.start() > 0 && LENGTH_PREPOSITIONS.contains(tokens.get(c.start() - 1).lower)) {
            return null;
        }
        if (!namedDay(day, true)) {
            return null;
        }
        return new Candidate(c.start(), day.end(), new TemporalExpression.Shifted(day.expr(), v.amount(), v.unit(),
                direction), TimexType.DATE, null, c.rule() + "+" + day.rule(), c.priority());
    }
}
