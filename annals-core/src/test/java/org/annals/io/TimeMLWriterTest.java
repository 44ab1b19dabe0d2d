package org.annals.io;

import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.time.PartialTime;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMLWriterTest {

    private final TimeMLWriter writer = new TimeMLWriter();

    /** The TEXT element with tags removed and the three entities undone. */
    private static String textBack(String timeml) {
        Matcher m = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL).matcher(timeml);
        assertTrue(m.find(), "has a TEXT element");
        return m.group(1).replaceAll("</?TIMEX3[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    @Test
    void roundTripGivesBackTheTextExactly() {
        TaggedDocument d = Samples.rich();
        String out = writer.toTimeML(d);
        assertEquals(d.text(), textBack(out));
    }

    @Test
    void headerAndTags() {
        String out = writer.toTimeML(Samples.rich());
        assertTrue(out.startsWith("<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>rich</DOCID>\n"
                + "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2020-11-02\" temporalFunction=\"false\""
                + " functionInDocument=\"CREATION_TIME\">2020-11-02</TIMEX3></DCT>\n<TEXT>"), out);
        assertTrue(out.endsWith("</TEXT>\n</TimeML>\n"));
        assertTrue(out.contains("<TEXT><TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1950\" temporalFunction=\"false\">"
                + "1950</TIMEX3>: Q&amp;A &lt;b&gt;\"x\" &amp; y&lt;/b&gt; &gt; z, "), out);
        assertTrue(out.contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2020-W44\" temporalFunction=\"true\""
                + " anchorTimeID=\"t0\">last week</TIMEX3>"), out);
        assertTrue(out.contains("<TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P2Y\" mod=\"APPROX\""
                + " temporalFunction=\"false\">two years</TIMEX3>"), out);
        assertTrue(out.contains("<TIMEX3 tid=\"t4\" type=\"SET\" value=\"P1W\" quant=\"EVERY\" freq=\"1X\""
                + " temporalFunction=\"false\">every week</TIMEX3>"), out);
        assertTrue(out.endsWith("temporalFunction=\"true\" anchorTimeID=\"t0\">Nov. 2</TIMEX3></TEXT>\n</TimeML>\n"),
                "a timex at the very end");
    }

    @Test
    void isWellFormedXmlWithTheRightElements() throws Exception {
        String out = writer.toTimeML(Samples.rich());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
        NodeList timexes = doc.getElementsByTagName("TIMEX3");
        assertEquals(6, timexes.getLength(), "t0 and five in the text");
        assertEquals("last week", ((Element) timexes.item(2)).getTextContent());
    }

    @Test
    void overlappingTimexesAreRejected() {
        String text = "On May 5, 1950 it rained.";
        Timex a = Samples.timex("t1", text, "May 5, 1950", TimexType.DATE, PartialTime.ofYear(1950), null, null);
        Timex b = Samples.timex("t2", text, "1950", TimexType.DATE, PartialTime.ofYear(1950), null, null);
        TaggedDocument d = Samples.doc("x.txt", text, List.of(a, b));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.toTimeML(d));
        assertTrue(e.getMessage().contains("overlap"), e.getMessage());
    }

    @Test
    void timexOutsideTheTextIsRejected() {
        Timex t = new Timex("t1", 2, 40, "x", TimexType.DATE, PartialTime.ofYear(1950), null, null, null, null,
                null, null);
        assertThrows(IllegalArgumentException.class, () -> writer.toTimeML(Samples.doc("x.txt", "short", List.of(t))));
    }

    @Test
    void unsortedTimexesAreWrittenInTextOrder() {
        TaggedDocument rich = Samples.rich();
        List<Timex> reversed = new java.util.ArrayList<>(rich.timexes());
        java.util.Collections.reverse(reversed);
        TaggedDocument d = Samples.doc(rich.source(), rich.text(), reversed);
        assertEquals(writer.toTimeML(rich), writer.toTimeML(d));
    }

    @Test
    void docIdIsTheBareFileName() {
        assertEquals("ABC19980108.1830.0711", TimeMLWriter.docId("/c/TimeBank/ABC19980108.1830.0711.tml"));
        assertEquals("korea-1950", TimeMLWriter.docId("../shared/seed/korea-1950.txt"));
        assertEquals("stdin", TimeMLWriter.docId("stdin"));
    }

    @Test
    void controlCharactersAreWrittenAsReferencesInXml11AndReadBackUnchanged() throws Exception {
        String text = "Monday\u0001 and on Oct. 25, 1950\u000b the \u0085army\u2028came\u009f.";
        TaggedDocument d = org.annals.api.Annals.create().tag(text, java.time.LocalDate.of(2020, 1, 1));
        String tml = new TimeMLWriter().toTimeML(d);
        org.junit.jupiter.api.Assertions.assertTrue(tml.startsWith("<?xml version=\"1.1\""), tml);
        org.junit.jupiter.api.Assertions.assertEquals(text,
                org.annals.io.TimeMLReader.read("x.tml", tml).document().text());
    }

    @Test
    void textXmlCannotHoldIsRefusedClearly() {
        TaggedDocument d = org.annals.api.Annals.create().tag("a\uFFFFb", java.time.LocalDate.of(2020,
                1, 1));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new TimeMLWriter().toTimeML(d));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("U+FFFF at offset 1"), e.getMessage());
    }
}
