package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor.Reading;
import org.annals.text.Lex;
import org.annals.text.Token;
import org.annals.time.DurationValue;
import org.annals.time.Granularity;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;

import java.math.BigDecimal;

/** Small helpers shared by the English extractors to read tokens into values. */
final class Readings {

    private Readings() {
    }

    static Reading date(PartialTime p) {
        return new Reading(new TemporalExpression.Point(p), TimexType.DATE);
    }

    static Reading date(PartialTime p, AnchorKind a) {
        return new Reading(new TemporalExpression.Point(p, null, a), TimexType.DATE);
    }

    static Reading duration(DurationValue d) {
        return new Reading(new TemporalExpression.Duration(d), TimexType.DURATION);
    }

    static Reading dateExpr(TemporalExpression e) {
        return new Reading(e, TimexType.DATE);
    }

    /** Day of month from "25", "25th", "first". */
    static int day(Token t) {
        return t.is(Lex.ORDINAL) ? t.value(Lex.ORDINAL) : t.intValue();
    }

    static TimeUnit unit(Token t) {
        int v = t.is(Lex.UNIT) ? t.value(Lex.UNIT) : t.value(Lex.UNIT_PLURAL);
        return TimeUnit.values()[v];
    }

    /** The amount of "three", "24", "a", "an"; null when not a number. */
    static BigDecimal amount(Token t) {
        if (t.lower.equals("a") || t.lower.equals("an")) {
            return BigDecimal.ONE;
        }
        if (t.isNumber()) {
            return BigDecimal.valueOf(t.number);
        }
        return null;
    }

    /** A duration, with decades/centuries in years as TimeBank writes them (P10Y... but P1DE kept for TIMEX). */
    /**
     * The duration of an amount of a unit's word: "a fortnight" is two weeks (a word worth more than one of its unit:
     * {@code UNIT_FACTOR} in the lexicon).
     */
    static DurationValue durationOf(BigDecimal amount, Token unit) {
        int factor = unit.is(Lex.UNIT_FACTOR) ? unit.value(Lex.UNIT_FACTOR) : 1;
        return durationOf(amount == null || factor == 1 ? amount : amount.multiply(BigDecimal.valueOf(factor)),
                unit(unit));
    }

    static DurationValue durationOf(BigDecimal amount, TimeUnit unit) {
        if (amount == null) {
            return DurationValue.unknown(normalizeUnit(unit));
        }
        switch (unit) {
            case DECADE -> {
                return DurationValue.of(amount.multiply(BigDecimal.TEN), TimeUnit.YEAR);
            }
            case CENTURY -> {
                return DurationValue.of(amount.multiply(BigDecimal.valueOf(100)), TimeUnit.YEAR);
            }
            case WEEKEND -> {
                return DurationValue.of(amount, TimeUnit.WEEKEND);
            }
            default -> {
                if (amount.stripTrailingZeros().scale() > 0) {
                    BigDecimal whole = amount.setScale(0, java.math.RoundingMode.DOWN);
                    BigDecimal[] smaller = smaller(amount.subtract(whole), unit);
                    if (smaller != null) {
                        DurationValue.Part rest = new DurationValue.Part(smaller[0],
                                TimeUnit.values()[smaller[1].intValue()]);
                        if (whole.signum() == 0) {
                            return new DurationValue(java.util.List.of(rest));
                        }
                        return new DurationValue(java.util.List.of(new DurationValue.Part(whole, unit), rest));
                    }
                }
                return DurationValue.of(amount, unit);
            }
        }
    }

    private static TimeUnit normalizeUnit(TimeUnit u) {
        return switch (u) {
            case DECADE -> TimeUnit.DECADE;
            case CENTURY -> TimeUnit.CENTURY;
            default -> u;
        };
    }

    /** A fraction of a unit in the next smaller unit (0.5 year = 6 months), when that is whole. */
    private static BigDecimal[] smaller(BigDecimal amount, TimeUnit unit) {
        TimeUnit to;
        int factor;
        switch (unit) {
            case YEAR -> { to = TimeUnit.MONTH; factor = 12; }
            case MONTH -> { to = TimeUnit.WEEK; factor = 4; }
            case WEEK -> { to = TimeUnit.DAY; factor = 7; }
            case DAY -> { to = TimeUnit.HOUR; factor = 24; }
            case HOUR -> { to = TimeUnit.MINUTE; factor = 60; }
            case MINUTE -> { to = TimeUnit.SECOND; factor = 60; }
            default -> { return null; }
        }
        BigDecimal v = amount.multiply(BigDecimal.valueOf(factor));
        if (v.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return new BigDecimal[] {v, BigDecimal.valueOf(to.ordinal())};
    }

    /**
     * A quarter (1-4) or half (1-2) of a year, the year given or null; -1 ("the final quarter") is the last one.
     * Null when n is out of range.
     */
    static PartialTime quarterOrHalf(boolean half, int n, Integer year) {
        int max = half ? 2 : 4;
        if (n == -1) {
            n = max;
        }
        if (n < 1 || n > max) {
            return null;
        }
        PartialTime.Builder b = PartialTime.builder(half ? Granularity.HALF : Granularity.QUARTER);
        if (half) {
            b.half(n);
        } else {
            b.quarter(n);
        }
        if (year != null) {
            b.year(year);
        }
        return b.build();
    }

    static PartialTime.Builder year(int y) {
        return PartialTime.builder(Granularity.YEAR).year(y);
    }

    /** Two-digit years: '50 = 1950, '05 = 2005 (pivot at 30). */
    static int expandTwoDigitYear(int yy) {
        return yy < 30 ? 2000 + yy : 1900 + yy;
    }
}
