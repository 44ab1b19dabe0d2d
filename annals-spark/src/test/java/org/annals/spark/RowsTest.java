package org.annals.spark;

import org.annals.model.Intervals;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RowsTest {

    /** An open side has no day: null, not the epoch day of LocalDate.MIN (-365243219162) or MAX. */
    @Test
    void openBoundsAreNullDaysAndBcDaysAreKept() {
        assertNull(Rows.day(Intervals.OPEN_START));
        assertNull(Rows.day(Intervals.OPEN_END));
        assertNull(Rows.day(null));
        assertEquals(0L, Rows.day(LocalDate.of(1970, 1, 1)));
        assertEquals(LocalDate.of(-263, 1, 1).toEpochDay(), Rows.day(LocalDate.of(-263, 1, 1)), "264 BC");
        assertNull(Rows.date(LocalDate.of(-263, 1, 1)), "a DATE only for years 1..9999");
    }
}
