package org.annals.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A duration: one or more (amount, unit) parts; an unknown amount ("months", "years-long") renders as X.
 *
 * @param parts the parts, coarsest unit first
 */
public record DurationValue(List<Part> parts) implements TimeValue {

    /** One amount of one unit; {@code amount == null} means unknown (X). */
    public record Part(BigDecimal amount, TimeUnit unit) {
        public Part {
            Objects.requireNonNull(unit, "unit");
            if (amount != null && amount.signum() < 0) {
                throw new IllegalArgumentException("negative duration " + amount);
            }
        }
    }

    public DurationValue {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("empty duration");
        }
    }

    public static DurationValue of(BigDecimal amount, TimeUnit unit) {
        return new DurationValue(List.of(new Part(amount, unit)));
    }

    public static DurationValue of(long amount, TimeUnit unit) {
        return of(BigDecimal.valueOf(amount), unit);
    }

    public static DurationValue unknown(TimeUnit unit) {
        return of((BigDecimal) null, unit);
    }

    public TimeUnit unit() {
        return parts.get(0).unit();
    }

    public BigDecimal amount() {
        return parts.get(0).amount();
    }

    @Override
    public String timex3() {
        StringBuilder sb = new StringBuilder("P");
        boolean t = false;
        for (Part p : parts) {
            TimeUnit u = p.unit();
            BigDecimal a = p.amount();
            String designator = u.designator();
            if (u == TimeUnit.WEEKEND) {
                designator = "WE";
            } else if (u == TimeUnit.SEASON) {
                // a season is a quarter of a year
                designator = "Q";
            }
            if (u.timePart() && !t) {
                sb.append('T');
                t = true;
            }
            sb.append(a == null ? "X" : a.stripTrailingZeros().toPlainString()).append(designator);
        }
        return sb.toString();
    }
}
