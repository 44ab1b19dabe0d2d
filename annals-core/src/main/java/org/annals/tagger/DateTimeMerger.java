package org.annals.tagger;

import org.annals.api.TimexType;
import org.annals.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a clock time and the day it is on into one TIME expression: "10 p.m. Wednesday", "5 p.m. EST, Nov. 9",
 * "3:30 p.m. yesterday", "Wednesday at 10 p.m." is left as two expressions, as TimeBank annotates it.
 */
public final class DateTimeMerger {

    private DateTimeMerger() {
    }

    /** Candidates sorted by start, not overlapping. */
    public static List<Candidate> merge(List<Token> tokens, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Candidate c = in.get(i);
            if (i + 1 < in.size() && clockOnly(c)) {
                Candidate d = in.get(i + 1);
                if (adjacent(tokens, c, d)) {
                    Candidate merged = withClock(c, d);
                    if (merged != null) {
                        out.add(merged);
                        i++;
                        continue;
                    }
                }
            }
            out.add(c);
        }
        return out;
    }

    private static boolean clockOnly(Candidate c) {
        return c.type() == TimexType.TIME && c.expr() instanceof TemporalExpression.Point p && p.clock() != null
                && p.time().month() == null && p.time().year() == null;
    }

    /** Only a comma or "on" between the two. */
    private static boolean adjacent(List<Token> tokens, Candidate a, Candidate b) {
        int gap = b.start() - a.end();
        if (gap == 0) {
            return true;
        }
        if (gap == 1) {
            Token t = tokens.get(a.end());
            return t.isPunct(',') || t.lower.equals("on");
        }
        return gap == 2 && tokens.get(a.end()).isPunct(',') && tokens.get(a.end() + 1).lower.equals("on");
    }

    private static Candidate withClock(Candidate time, Candidate day) {
        TemporalExpression.Clock clock = ((TemporalExpression.Point) time.expr()).clock();
        TemporalExpression merged = switch (day.expr()) {
            case TemporalExpression.Point p when p.clock() == null && p.time().day() != null ->
                    new TemporalExpression.Point(p.time(), clock, p.anchor(), p.shift());
            case TemporalExpression.Weekday w when w.clock() == null ->
                    new TemporalExpression.Weekday(w.dayOfWeek(), w.shift(), clock, w.anchor());
            case TemporalExpression.DayShift d when d.clock() == null ->
                    new TemporalExpression.DayShift(d.days(), clock, d.anchor());
            default -> null;
        };
        if (merged == null) {
            return null;
        }
        return new Candidate(time.start(), day.end(), merged, TimexType.TIME,
                time.mod() != null ? time.mod() : day.mod(), time.rule() + "+" + day.rule(), time.priority());
    }
}
