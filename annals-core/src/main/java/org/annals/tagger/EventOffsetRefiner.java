package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.DurationValue;
import org.annals.time.TimeUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a duration followed by "after" or "before" and an event ("ten days before the murder", "a year after
 * Marathon", "four days after the vote") as an {@link TemporalExpression.EventOffset}: a date that far from the event,
 * which the resolver computes when the text dates the event, else a duration. The extent stays the duration ("ten
 * days"), as TimeML annotates it; "after"/"before" is its signal. Left as durations: amounts that are not whole
 * numbers or not stated ("days after"), units finer than a day, a duration after "for", "within", "in", "over" or
 * "during" ("for two days after the storm" is a length), a time expression after the signal ("two days before
 * Christmas", read by the merger), and a clause after it ("a day after he was hounded", "a month after Qantas
 * suspended its flights"). Runs on the final candidates; looks at a few tokens after each and one before, so linear.
 */
public final class EventOffsetRefiner {

    /** The refiner's word lists, each with what it is for: {@code event-offset.tsv}. */
    private static final WordLists WORDS = WordLists.load(EventOffsetRefiner.class, "/org/annals/tagger/event-offset.tsv");
    private static final Set<String> EVENT_STARTS = WORDS.get("event-starts");
    private static final Set<String> LENGTH_PREPOSITIONS = WORDS.get("length-prepositions");
    private static final Set<String> NAME_FOLLOWERS = WORDS.get("name-followers");

    private EventOffsetRefiner() {
    }

    public static List<Candidate> refine(List<Token> tokens, List<Candidate> candidates) {
        List<Candidate> out = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
            Candidate read = read(tokens, c, next);
            if (read != c && out == null) {
                out = new ArrayList<>(candidates);
            }
            if (out != null) {
                out.set(i, read);
            }
        }
        return out == null ? candidates : out;
    }

    private static Candidate read(List<Token> tokens, Candidate c, Candidate next) {
        if (!(c.expr() instanceof TemporalExpression.Duration d) || c.mod() != null || d.value().parts().size() != 1
                || d.value().amount() == null || d.value().amount().stripTrailingZeros().scale() > 0
                || d.value().unit().granularity().finerThan(org.annals.time.Granularity.DAY)
                || d.value().unit() == TimeUnit.WEEKEND || c.end() + 1 >= tokens.size()) {
            return c;
        }
        Token signal = tokens.get(c.end());
        int direction = signal.lower.equals("after") ? 1 : signal.lower.equals("before") ? -1 : 0;
        if (direction == 0) {
            return c;
        }
        Token event = tokens.get(c.end() + 1);
        boolean starts = EVENT_STARTS.contains(event.lower) || event.kind == Token.Kind.WORD && event.capitalized()
                && !event.lower.equals("i");
        if (!starts || next != null && next.start() == c.end() + 1 || clause(tokens, c.end() + 1)) {
            return c;
        }
        if (c.start() > 0 && LENGTH_PREPOSITIONS.contains(tokens.get(c.start() - 1).lower)) {
            return c;
        }
        return new Candidate(c.start(), c.end(), new TemporalExpression.EventOffset(d.value(), direction),
                TimexType.DATE, null, c.rule() + "/event-offset", c.priority());
    }

    /**
     * A name followed by a lower-case word that is no preposition or conjunction starts a clause ("a month after
     * Qantas suspended its flights"), not an event's name ("eight days after Fort Sumter.").
     */
    private static boolean clause(List<Token> tokens, int at) {
        if (!tokens.get(at).capitalized()) {
            return false;
        }
        int i = at;
        while (i < tokens.size() && i - at < 4 && tokens.get(i).kind == Token.Kind.WORD && tokens.get(i).capitalized()) {
            i++;
        }
        if (i >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(i);
        return after.kind == Token.Kind.WORD && !after.capitalized() && !NAME_FOLLOWERS.contains(after.lower);
    }
}
