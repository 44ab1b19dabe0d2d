package org.annals.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule of {@code holidays.tsv} against dates from published calendars. */
class HolidaysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "thanksgiving, 2020, 2020-11-26",
            "election, 2020, 2020-11-03",
            "labor, 2020, 2020-09-07",
            "memorial, 2021, 2021-05-31",
            "columbus, 2021, 2021-10-11",
            "mlk, 2021, 2021-01-18",
            "presidents, 2021, 2021-02-15",
            "mothers, 2021, 2021-05-09",
            "fathers, 2021, 2021-06-20",
            "black-friday, 2020, 2020-11-27",
            "cyber-monday, 2020, 2020-11-30",
            "boxing, 2020, 2020-12-26",
            "easter, 2021, 2021-04-04",
            "easter, 2019, 2019-04-21",
            "shrove-tuesday, 2021, 2021-02-16",
            "ash-wednesday, 2022, 2022-03-02",
            "palm-sunday, 2021, 2021-03-28",
            "good-friday, 2016, 2016-03-25",
            "easter-monday, 2021, 2021-04-05",
            "ascension, 2021, 2021-05-13",
            "pentecost, 2020, 2020-05-31",
            "whit-monday, 2021, 2021-05-24",
            "trinity-sunday, 2021, 2021-05-30",
            "orthodox-easter, 2021, 2021-05-02",
            "orthodox-easter, 2022, 2022-04-24",
            "orthodox-easter, 2016, 2016-05-01",
            // Hebrew calendar: the first full day (the feast begins at the sunset before)
            "passover, 2021, 2021-03-28",
            "passover, 2022, 2022-04-16",
            "rosh-hashanah, 2021, 2021-09-07",
            "yom-kippur, 2021, 2021-09-16",
            "hanukkah, 2021, 2021-11-29",
            "purim, 2021, 2021-02-26",
            "purim, 2022, 2022-03-17",
            "shavuot, 2021, 2021-05-17",
            // Islamic calendar (Umm al-Qura)
            "eid-al-fitr, 2021, 2021-05-13",
            "eid-al-fitr, 2022, 2022-05-02",
            "eid-al-fitr, 2023, 2023-04-21",
            "eid-al-adha, 2022, 2022-07-09",
            "eid-al-adha, 2023, 2023-06-28",
            // Chinese calendar
            "chinese-new-year, 2020, 2020-01-25",
            "chinese-new-year, 2021, 2021-02-12",
            "chinese-new-year, 2023, 2023-01-22",
            "chinese-new-year, 2024, 2024-02-10",
            "mid-autumn, 2021, 2021-09-21",
            "mid-autumn, 2023, 2023-09-29",
            "dragon-boat, 2021, 2021-06-14",
            // more fixed days
            "juneteenth, 2021, 2021-06-19",
            "bastille, 2021, 2021-07-14",
    })
    void datesOfTheRules(String id, int year, String expected) {
        assertEquals(LocalDate.parse(expected), Holidays.date(id, year));
    }

    @Test
    void ramadanIsAMonthKeptAsItsYear() {
        Holidays.Occurrence r = Holidays.occurrence("ramadan", 2021);
        assertEquals(LocalDate.parse("2021-04-13"), r.first());
        assertEquals(LocalDate.parse("2021-05-12"), r.last());
        assertTrue(r.exact());
        assertEquals("2021", r.value().timex3());
        assertNull(Holidays.date("ramadan", 2021), "a month is no day");
    }

    @Test
    void anIslamicFeastTwiceInOneYearKeepsOnlyTheYear() {
        // 1 Shawwal 1420 and 1 Shawwal 1421 both fall in 2000
        Holidays.Occurrence o = Holidays.occurrence("eid-al-fitr", 2000);
        assertEquals(LocalDate.parse("2000-01-08"), o.first());
        assertEquals(LocalDate.parse("2000-12-27"), o.last());
        assertFalse(o.exact());
        assertEquals("2000", o.value().timex3());
        assertNull(Holidays.date("eid-al-fitr", 2000));
    }

    @Test
    void aFestivalOfAnUncomputedCalendarIsOnlyAWindow() {
        Holidays.Occurrence d = Holidays.occurrence("diwali", 2021);
        assertFalse(d.exact());
        assertEquals("2021", d.value().timex3());
        assertNull(Holidays.date("diwali", 2021));
    }

    @Test
    void everyHolidayHasAnOccurrenceInEveryYearOfFourCenturies() {
        for (Holidays.Holiday h : Holidays.all()) {
            for (int y = 1800; y <= 2200; y++) {
                Holidays.Occurrence o = Holidays.occurrence(h.id(), y);
                assertNotNull(o, h.id() + " " + y);
                assertEquals(y, o.first().getYear(), h.id() + " " + y);
                assertFalse(o.last().isBefore(o.first()), h.id() + " " + y);
            }
        }
    }
}
