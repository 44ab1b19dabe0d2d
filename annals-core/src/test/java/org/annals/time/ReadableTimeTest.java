package org.annals.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReadableTimeTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "BC0300       | -      | 300 BC",
            "BC0218       | END    | late 218 BC",
            "153          | -      | the 1530s",
            "153          | START  | the early 1530s",
            "11           | END    | the late 12th century",
            "BC048        | -      | the 480s BC",
            "11           | -      | the 12th century",
            "20           | -      | the 21st century",
            "BC03         | -      | the 4th century BC",
            "1538         | -      | 1538",
            "0800         | -      | 800",
            "1538-WI      | -      | winter 1538",
            "1950-FA      | -      | fall 1950",
            "1648-03      | -      | March 1648",
            "1950-10      | END    | late October 1950",
            "1793-08-09   | -      | 9 August 1793",
            "2020-11-02   | BEFORE | before 2 November 2020",
            "1950-10-25T05:34 | -  | 25 October 1950, 05:34",
            "1998-10-23TNI | -     | 23 October 1998, night",
            "1989-Q3      | -      | the 3rd quarter of 1989",
            "1950-H2      | -      | the second half of 1950",
            "2020-W45     | -      | week 45 of 2020",
            "2020-W45-WE  | -      | the weekend of week 45 of 2020",
            "1618/1648    | -      | 1618\u20131648",
            "1940-05/1940-06 | -   | May 1940\u2013June 1940",
            "BC0490/BC0479 | -     | 490 BC\u2013479 BC",
            "1950         | APPROX | about 1950",
            "1547         | ON_OR_BEFORE | until 1547",
            "1990         | ON_OR_AFTER  | from 1990",
            "1950-10-25T05:34:12 | - | 25 October 1950, 05:34",
            // references: never the TIMEX3 keyword
            "PRESENT_REF  | -      | now",
            "PAST_REF     | -      | the past",
            "FUTURE_REF   | -      | the future",
            // durations
            "P3W          | -      | 3 weeks",
            "P1Y          | -      | 1 year",
            "PT6H         | -      | 6 hours",
            "PT30M        | -      | 30 minutes",
            "P6M          | -      | 6 months",
            "P2DT3H       | -      | 2 days 3 hours",
            "PXY          | -      | years",
            "P2CE         | -      | 2 centuries",
            "P1DE         | APPROX | about 1 decade",
            "PT1.5H       | -      | 1.5 hours",
            // what the text leaves unknown is said to be unknown
            "XXXX-06      | -      | June, year unknown",
            "XXXX-10-25   | -      | 25 October, year unknown",
            "XXXX-WXX-1   | -      | Monday, date unknown",
            "XXXX-XX-XXT18:00 | -  | 18:00, day unknown",
            "XXXX-SU      | -      | summer, year unknown",
            "XXXX-XX-XXTNI | -     | night, day unknown",
            // malformed: as it is
            "P            | -      | P",
            "P1.5H        | -      | P1.5H",
            "XXXX         | -      | XXXX",
            "1950-13-45x  | -      | 1950-13-45x",
    })
    void valuesInWords(String value, String mod, String expected) {
        assertEquals(expected, ReadableTime.of(value, mod));
    }

    @ParameterizedTest(name = "set {0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "XXXX-WXX-1T18:00 | -  | every Monday at 18:00",
            "XXXX-WXX-7   | -      | every Sunday",
            "P1D          | -      | every day",
            "P1W          | -      | every week",
            "PT1H         | -      | every hour",
            "P2W          | -      | every 2 weeks",
            "XXXX-XX-XXTMO | -     | every morning",
            "XXXX-XX-XXT06:00 | -  | every day at 06:00",
            "XXXX-10      | -      | every October",
            "XXXX-12-25   | -      | every 25 December",
            "XXXX-WXX-1TEV | -     | every Monday evening",
            "P1Y          | APPROX | about every year",
            "1999-W45     | -      | week 45 of 1999",
    })
    void setsInWords(String value, String mod, String expected) {
        assertEquals(expected, ReadableTime.ofSet(value, mod));
    }
}
