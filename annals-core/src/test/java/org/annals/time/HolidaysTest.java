package org.annals.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void datesOfTheRules(String id, int year, String expected) {
        assertEquals(LocalDate.parse(expected), Holidays.date(id, year));
    }
}
