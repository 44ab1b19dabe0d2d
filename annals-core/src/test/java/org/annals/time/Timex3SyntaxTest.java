package org.annals.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class Timex3SyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"1950-10-25", "1950-10", "1950", "195", "19", "2", "195X", "19XX", "XXXX", "XXXX-XX-XX",
            "1950-FA", "1998-Q3", "1989-QX", "1989-H2", "1998-W33", "1998-W33-WE", "XXXX-WXX-1", "1989-WXX",
            "2000-W07-3", "1950-10-25T14:30", "1950-10-25T14:30:05", "1950-10-25T24:00", "1950-10-25T15:30-05",
            "1950-10-25T15:30Z", "1950-10-25T15:30+05:30", "1950-10-25TNI", "XXXX-XX-XXT10:00", "1999-10-24TEV",
            "BC0264", "BC02", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "P3W", "PXM", "PT2H30M", "P1.5Y", "PXY",
            "P10Y", "P2DE", "PXCE", "P1ML", "P1WE", "P3Q", "P1Y2M", "PT24H", "2000-02-29", "10000"})
    void wellFormed(String v) {
        assertNull(Timex3Syntax.problem(v), v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1950-02-30", "1900-02-29", "1950-13", "1950-00", "1950-10-32", "1950-W54",
            "1950-W10-8", "1950-Q5", "1950-XY", "1950-10-25T25:00", "1950-10-25T24:30", "1950-10-25T12:60",
            "1950-10T10:00", "1950T10:00", "195-10", "P", "P3", "PW", "P3X", "PT3Y", "P3WT", "P1..5Y", "1950-10-25TNOON",
            "1950-10-25T10:00+99", "1950-10-25T10:00EST", "NOW", "19-50", "1950-", "1950-10-"})
    void illFormedOrImpossible(String v) {
        assertNotNull(Timex3Syntax.problem(v), v);
    }
}
