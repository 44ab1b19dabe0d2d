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
                .contains("write a year, a month or a day"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QueryDates.end("1950-13")).getMessage()
                .startsWith("'1950-13' is not a valid date"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("1950-02-30"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> QueryDates.end("0")).getMessage()
                .contains("no year 0"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("-264 BC"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("BC 264 AD"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("1950-10-25T10:00"));
        assertThrows(IllegalArgumentException.class, () -> QueryDates.end("9999999999"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // written | first day | last day (astronomical years: 264 BC is -263)
            "195|0195-01-01|0195-12-31",
            "800|0800-01-01|0800-12-31",
            "0800|0800-01-01|0800-12-31",
            "AD 800|0800-01-01|0800-12-31",
            "800 CE|0800-01-01|0800-12-31",
            "264 BC|-0263-01-01|-0263-12-31",
            "264 B.C.|-0263-01-01|-0263-12-31",
            "264 bce|-0263-01-01|-0263-12-31",
            "BC0264|-0263-01-01|-0263-12-31",
            "-264|-0263-01-01|-0263-12-31",
            "-0264|-0263-01-01|-0263-12-31",
            "-0044-03|-0043-03-01|-0043-03-31",
            "1 BC|0000-01-01|0000-12-31",
            "1950-1|1950-01-01|1950-01-31",
    })
    void yearsOfAnyLengthAndEra(String written, String first, String last) {
        assertEquals(LocalDate.parse(first), QueryDates.start(written));
        assertEquals(LocalDate.parse(last), QueryDates.end(written));
    }
}
