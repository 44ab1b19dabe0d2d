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
            "1950-FA      | -      | autumn 1950",
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
            // no calendar form: as it is
            "XXXX-06      | -      | XXXX-06",
            "P3W          | -      | P3W",
            "PRESENT_REF  | -      | PRESENT_REF",
    })
    void valuesInWords(String value, String mod, String expected) {
        assertEquals(expected, ReadableTime.of(value, mod));
    }
}
