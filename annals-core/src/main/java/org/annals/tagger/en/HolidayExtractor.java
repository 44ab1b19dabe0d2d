package org.annals.tagger.en;

import org.annals.tagger.RuleExtractor;
import org.annals.tagger.T;
import org.annals.tagger.TemporalExpression.Anchor;
import org.annals.tagger.TemporalExpression.Point;
import org.annals.tagger.TokenPattern.Match;
import org.annals.text.Lex;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.tok;

/**
 * Holidays: fixed ("Christmas", "Christmas Day 1963", "New Year's Day", "Halloween") and computed from the year
 * ("Thanksgiving" = fourth Thursday of November, "Easter", "Labor Day", "Memorial Day"). Without a year they take
 * the anchor's year.
 */
public final class HolidayExtractor extends RuleExtractor {

    public HolidayExtractor() {
        super("holiday");
        rule("fixed", 1, of(cap("h", t -> t.is(Lex.HOLIDAY) && t.capitalized()), cap("kind", word("day", "eve"))
                        .opt(), cap("year", T.YEAR).opt()),
                m -> {
                    int md = m.get("h").value(Lex.HOLIDAY);
                    int month = md / 100;
                    int day = md % 100;
                    if (m.has("kind") && m.get("kind").lower.equals("eve")) {
                        LocalDate d = LocalDate.of(2001, month, day).minusDays(1);
                        month = d.getMonthValue();
                        day = d.getDayOfMonth();
                    }
                    return point(m, PartialTime.builder(Granularity.DAY).month(month).day(day));
                });
        rule("new-year", 2, of(tok(word("new")), cap("y", word("year", "years")), opt(T.APOSTROPHE),
                        opt(word("s")), cap("kind", word("day", "eve")), cap("year", T.YEAR).opt()),
                m -> {
                    if (!m.first().capitalized()) {
                        return null;
                    }
                    boolean eve = m.get("kind").lower.equals("eve");
                    return point(m, PartialTime.builder(Granularity.DAY).month(eve ? 12 : 1).day(eve ? 31 : 1));
                });
        rule("computed", 1, of(cap("h", word("thanksgiving", "easter")), cap("kind", word("day", "sunday")).opt(),
                        cap("year", T.YEAR).opt()),
                m -> m.get("h").capitalized() ? computed(m, m.get("h").lower) : null);
        rule("computed-day", 1, of(cap("h", word("labor", "memorial", "columbus", "veterans", "independence")),
                        tok(word("day")), cap("year", T.YEAR).opt()),
                m -> m.get("h").capitalized() && m.tokens().get(m.get("h").index + 1).capitalized()
                        ? computed(m, m.get("h").lower) : null);
    }

    private static Reading point(Match m, PartialTime.Builder b) {
        if (m.has("year")) {
            return Readings.date(b.year(m.get("year").intValue()).build());
        }
        return Readings.dateExpr(new Point(b.build(), null, Anchor.DEICTIC, 0));
    }

    private static Reading computed(Match m, String holiday) {
        if (!m.has("year")) {
            // the year comes from the anchor; the day is known only once it is: month precision for now
            PartialTime.Builder b = switch (holiday) {
                case "independence" -> PartialTime.builder(Granularity.DAY).month(7).day(4);
                case "veterans" -> PartialTime.builder(Granularity.DAY).month(11).day(11);
                default -> null;
            };
            if (b != null) {
                return point(m, b);
            }
            return null;
        }
        int y = m.get("year").intValue();
        LocalDate d = date(holiday, y);
        return d == null ? null : Readings.date(PartialTime.ofDate(d));
    }

    /** The date of a holiday in a year (US calendar; Easter: Western, Gregorian). */
    static LocalDate date(String holiday, int y) {
        return switch (holiday) {
            case "thanksgiving" -> LocalDate.of(y, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            case "labor" -> LocalDate.of(y, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "memorial" -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "columbus" -> LocalDate.of(y, 10, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
            case "independence" -> LocalDate.of(y, 7, 4);
            case "veterans" -> LocalDate.of(y, 11, 11);
            case "easter" -> easter(y);
            default -> null;
        };
    }

    /** Western Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * mm + 114) / 31;
        int day = (h + l - 7 * mm + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
