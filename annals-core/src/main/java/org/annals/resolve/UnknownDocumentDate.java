package org.annals.resolve;

import org.annals.expression.Candidate;
import org.annals.model.Genre;
import org.annals.model.Timex;
import org.annals.text.Token;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Resolving a document whose date is unknown (none given, none found), without inventing one. The resolver runs twice,
 * from two document dates that differ in every field (year, decade, century, half, quarter, season, month, week, day of
 * the week, day); what comes out the same both times is what the text says, what differs was computed from the
 * document date and is left unknown: "last June" is {@code XXXX-06}, "two days ago" {@code XXXX-XX-XX}, "June 5,
 * 1950" stays {@code 1950-06-05}. An expression whose value is not a date and differs (neither a date nor the same
 * duration or set both times) is left out rather than given a value of the clock's. Stateless.
 */
public final class UnknownDocumentDate {

    /** The two document dates: every calendar field differs between them. */
    static final LocalDate FIRST = LocalDate.of(2001, 3, 14);
    static final LocalDate SECOND = LocalDate.of(1987, 10, 25);

    /** What the anchor of a value computed from the unknown document date says. */
    static final String UNKNOWN_ANCHOR = "the document date, which is unknown: only what the text says is kept";

    private UnknownDocumentDate() {
    }

    /** The time expressions of the candidates, resolved with no document date. */
    public static List<Timex> resolve(String text, List<Token> tokens, Genre genre, List<Candidate> candidates) {
        List<Timex> first = new Resolver(text, tokens, FIRST, genre).resolve(candidates);
        List<Timex> second = new Resolver(text, tokens, SECOND, genre).resolve(candidates);
        return merge(first, second);
    }

    /** The expressions found both times, each with the fields both runs agree on; tids renumbered in text order. */
    static List<Timex> merge(List<Timex> first, List<Timex> second) {
        Map<Long, Timex> bySpan = new HashMap<>();
        for (Timex t : second) {
            bySpan.put(span(t), t);
        }
        Map<String, String> tids = new HashMap<>();
        List<Timex> out = new ArrayList<>(first.size());
        for (Timex a : first) {
            Timex b = bySpan.get(span(a));
            if (b == null || a.type() != b.type()) {
                continue;
            }
            org.annals.time.TimeValue value;
            if (a.time().equals(b.time())) {
                value = a.time();
            } else if (a.time() instanceof PartialTime pa && b.time() instanceof PartialTime pb
                    && pa.granularity() == pb.granularity()) {
                value = common(pa, pb);
            } else {
                continue;
            }
            String tid = "t" + (out.size() + 1);
            tids.put(a.tid(), tid);
            boolean fromDocumentDate = "t0".equals(a.anchorTid()) || !Objects.equals(a.anchor(), b.anchor());
            String anchorTid = tids.get(a.anchorTid()); // null for t0 (no document date) and for absolute values
            String anchor = fromDocumentDate ? UNKNOWN_ANCHOR : a.anchor();
            out.add(new Timex(tid, a.begin(), a.end(), a.text(), a.type(), value, a.mod(), a.quant(), a.freq(),
                    anchorTid, anchor, a.rule()));
        }
        return out;
    }

    /** The value with only the fields both have alike; the others unknown. */
    static PartialTime common(PartialTime a, PartialTime b) {
        PartialTime.Builder m = a.toBuilder()
                .century(same(a.century(), b.century()))
                .decade(same(a.decade(), b.decade()))
                .year(same(a.year(), b.year()))
                .half(same(a.half(), b.half()))
                .quarter(same(a.quarter(), b.quarter()))
                .season(same(a.season(), b.season()))
                .month(same(a.month(), b.month()))
                .week(same(a.week(), b.week()))
                .dayOfWeek(same(a.dayOfWeek(), b.dayOfWeek()))
                .day(same(a.day(), b.day()))
                .partOfDay(same(a.partOfDay(), b.partOfDay()))
                .hour(same(a.hour(), b.hour()))
                .minute(same(a.minute(), b.minute()))
                .second(same(a.second(), b.second()))
                .zone(same(a.zone(), b.zone()));
        if (a.bc() != b.bc()) {
            m.bc(false).year(null).decade(null).century(null);
        }
        return m.build();
    }

    private static <T> T same(T a, T b) {
        return Objects.equals(a, b) ? a : null;
    }

    private static long span(Timex t) {
        return ((long) t.begin() << 32) | t.end();
    }
}
