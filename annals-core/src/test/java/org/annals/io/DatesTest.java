package org.annals.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The header values and addresses pages write their dates in. */
class DatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2020-10-04|2020-10-04",
            "2020-10-04T15:05:00+02:00|2020-10-04",
            "20201004|2020-10-04",
            "2020/10/04 15:05|2020-10-04",
            "2020.10.04|2020-10-04",
            "16.12.2012|2012-12-16",
            "Sun, 11 Oct 2020 07:34:36 GMT|2020-10-11",
            "11 October 2020|2020-10-11",
            "October 4, 2020|2020-10-04",
            "Oct. 4th, 2020|2020-10-04",
    })
    void headerValues(String value, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.datePart(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"yesterday", "2020-13-04", "31.02.2020", "Sunday, 11 Foo 2020", "12345"})
    void notDates(String value) {
        assertNull(Dates.datePart(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://www.example.org/2014/05/18/spring/|2014-05-18",
            "https://example.org/news/2020-10-04/story|2020-10-04",
            "http://blog.example.de/2017/06/29/title-words|2017-06-29",
            "https://weisser-ring.de/media-news/meldungen/29-10-2021|2021-10-29",
            "https://example.org/archiv/3-5-2019/bericht|2019-05-03",
    })
    void datesInAddresses(String url, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.inUrl(url));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"https://example.org/about/", "https://example.org/2018/06/privacy.html",
            "https://example.org/item/2020/13/45/"})
    void addressesWithoutADay(String url) {
        assertNull(Dates.inUrl(url));
    }

    @org.junit.jupiter.api.Test
    void utcValues() {
        assertTrue(Dates.isUtc("2023-11-09T04:30:00Z"));
        assertTrue(Dates.isUtc("2023-11-09T04:30:00+00:00"));
        assertTrue(Dates.isUtc("Sun, 11 Oct 2020 07:34:36 GMT"));
        assertFalse(Dates.isUtc("2023-11-08T21:30:00-07:00"));
        assertFalse(Dates.isUtc("2023-11-08"));
        assertEquals(Dates.instant("2023-11-09T04:30:00Z"), Dates.instant("2023-11-08T21:30:00-07:00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "von Moritz Gathmann am 21. April 2020|2020-04-21",
            "Publié le 3 mars 2019 à 10h|2019-03-03",
            "Publicado el 4 de octubre de 2020|2020-10-04",
            "Pubblicato il 14 gennaio 2020|2020-01-14",
            "Geplaatst op 2 november 2021|2021-11-02",
            "Posted on October 4th, 2020 by staff|2020-10-04",
            "02.11.2021 Pressemitteilung|2021-11-02",
            "Stand: 16/12/2012 07:05|2012-12-16",
            "Sonntag, Dezember 16th, 2012|2012-12-16",
            "Party, 30.10.23|2023-10-30",
            "02.12.19|2019-12-02",
            "Eintrag vom 3.5.98|1998-05-03",
            "am 30.10.23, aktualisiert am 02.11.2023|2023-11-02",
    })
    void bylinesInSevenLanguages(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.inText(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Lesungen: 61 Letzte \u00c4nderung: 31.10.2023 - 14:49 Erschienen am: 01.11.2023 \u00a9|2023-11-01",
            "Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Ralf ver\u00f6ffentlicht|2015-12-14",
            "Texte publi\u00e9 le 3 mars 2019 par la r\u00e9daction|2019-03-03",
            "First published on May 4, 2021|2021-05-04",
            "Published: 2021-05-04T10:00|2021-05-04",
    })
    void datesAfterACueOfPublication(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.afterCue(text, Dates.PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Aktualisiert: 30.12.2016|2016-12-30",
            "BeginnersGuide/Download (last edited 2019-11-10 13:28:18 by Steve)|2019-11-10"})
    void datesAfterACueOfChange(String text, String expected) {
        assertEquals(LocalDate.parse(expected), Dates.afterCue(text, Dates.CHANGED));
        assertNull(Dates.afterCue(text, Dates.PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Published by Penguin in many countries since 1935, and later in paperback",
            "unpublished on 3 May", "Erschienen am Ende des Jahres", "nothing at all"})
    void noCueOrNoDateAfterIt(String text) {
        assertNull(Dates.afterCue(text, Dates.PUBLISHED));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Version 1.10.2012.5", "31.02.2020", "Share on Facebook", "3 Kommentare 2020er",
            "Version 1.10.23", "30.10.23 and a long line of prose after it, past forty characters",
            "32.10.23", "10/30/23"})
    void noByline(String text) {
        assertNull(Dates.inText(text));
    }
}
