package org.annals.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.api.Annals;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.timeline.Timeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Every value form a history gives its events, from the text to the timeline's JSON: the entry of the sentence's
 * verb has the value, the days (ISO 8601, expanded years before year 1: {@code -0217-01-01} is 218 BC; a century or
 * decade is its hundred or ten years as written, BC04 the 400s BC, 499 to 400 BC, as 11 is 1100 to 1199; mods take
 * a third of the days) and the words the text table shows. Read back with Jackson, as a client would.
 */
class TimelineJsonIntervalsTest {

    private static final Annals ANNALS = Annals.builder().genre(Genre.NARRATIVE).build();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // text                                                   | event      | value        | mod          | start        | end          | text
            "Hannibal crossed the Alps in 218 BC.                     | crossed    | BC0218       | -            | -0217-01-01  | -0217-12-31  | 218 BC",
            "The temple was built in the 5th century BC.              | built      | BC04         | -            | -0498-01-01  | -0399-12-31  | the 5th century BC",
            "The abbey was founded in the 12th century.               | founded    | 11           | -            | 1100-01-01   | 1199-12-31   | the 12th century",
            "In the 1530s the king dissolved the abbey.               | dissolved  | 153          | -            | 1530-01-01   | 1539-12-31   | the 1530s",
            "The band formed in the late 1970s.                       | formed     | 197          | END          | 1976-09-01   | 1979-12-31   | the late 1970s",
            "The monks left in the winter of 1538.                    | left       | 1538-WI      | -            | 1537-12-01   | 1538-02-28   | winter 1538",
            "The army attacked in the spring of 1916.                 | attacked   | 1916-SP      | -            | 1916-03-01   | 1916-05-31   | spring 1916",
            "Profits fell in the third quarter of 1989.               | fell       | 1989-Q3      | -            | 1989-07-01   | 1989-09-30   | the 3rd quarter of 1989",
            "The treaty was signed in March 1648.                     | signed     | 1648-03      | -            | 1648-03-01   | 1648-03-31   | March 1648",
            "The Chinese attacked in late October 1950.               | attacked   | 1950-10      | END          | 1950-10-22   | 1950-10-31   | late October 1950",
            "The siege began on 9 August 1793.                        | began      | 1793-08-09   | -            | 1793-08-09   | 1793-08-09   | 9 August 1793",
            "On the night of 9 November 1989 crowds crossed the wall. | crossed    | 1989-11-09TNI | -           | 1989-11-09   | 1989-11-09   | 9 November 1989, night",
            "Between 1803 and 1815 Napoleon fought most of Europe.    | fought     | 1803/1815    | -            | 1803-01-01   | 1815-12-31   | 1803\u20131815",
            "The Civil War (1861-65) killed many soldiers.            | killed     | 1861/1865    | -            | 1861-01-01   | 1865-12-31   | 1861\u20131865",
            "The king reigned until 1547.                             | reigned    | 1547         | ON_OR_BEFORE | -            | 1547-12-31   | until 1547",
    })
    void valueDaysAndWordsReachTheJson(String text, String event, String value, String mod, String start, String end,
                                       String words) throws Exception {
        Document d = Document.of("h.txt", text).withDate(DocumentDate.of(LocalDate.of(2020, 1, 1),
                DocumentDate.Source.ARGUMENT));
        Timeline t = ANNALS.timeline(List.of(d));
        StringWriter out = new StringWriter();
        new TimelineJsonWriter(false).write(t, out);
        JsonNode entry = null;
        for (JsonNode e : new ObjectMapper().readTree(out.toString()).get("entries")) {
            if (e.get("event").asText().equals(event)) {
                entry = e;
            }
        }
        assertNotNull(entry, "no entry '" + event + "' in " + out);
        JsonNode when = entry.get("when");
        assertEquals(value, when.get("value").asText());
        assertEquals(mod, when.get("mod").isNull() ? null : when.get("mod").asText());
        assertEquals(start, when.get("start").isNull() ? null : when.get("start").asText());
        assertEquals(end, when.get("end").isNull() ? null : when.get("end").asText());
        assertEquals(words, when.get("text").asText());
        assertEquals("clause", entry.get("anchor").get("from").asText());
    }
}
