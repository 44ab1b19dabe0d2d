package org.annals.archive;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryDatesTest {

    @Test
    void startsAndEndsOfYearsMonthsAndDays() {
        assertEquals(LocalDate.of(1950, 10, 1), QueryDates.start("1950-10"));
        assertEquals(LocalDate.of(1950, 12, 31), QueryDates.end("1950-12"));
        assertEquals(LocalDate.of(1952, 2, 29), QueryDates.end("1952-02"));
        assertEquals(LocalDate.of(1950, 1, 1), QueryDates.start("1950"));
        assertEquals(LocalDate.of(1950, 12, 31), QueryDates.end("1950"));
        assertEquals(LocalDate.of(1950, 10, 25), QueryDates.end(" 1950-10-25 "));
    }

    @Test
    void badDatesAreClearErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QueryDates.start("Oct 1950")).getMessage()
                .contains("YYYY, YYYY-MM or YYYY-MM-DD"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QueryDates.end("1950-13")).getMessage()
                .startsWith("'1950-13' is not a valid date"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("1950-02-30"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("195"));
    }
}
