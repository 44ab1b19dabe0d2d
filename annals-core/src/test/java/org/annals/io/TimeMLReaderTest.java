package org.annals.io;

import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTimex;
import org.annals.model.DocumentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeMLReaderTest {

    private static final String CRLF_TML = String.join("\r\n",
            "<?xml version=\"1.0\" ?>",
            "<TimeML>",
            "<DOCID>X1</DOCID>",
            "<DCT><TIMEX3 tid=\"t0\" type=\"TIME\" value=\"1998-01-08T12:00:00\" functionInDocument=\"CREATION_TIME\">"
                    + "Jan 8</TIMEX3></DCT>",
            "<TITLE>A &amp; B</TITLE>",
            "<TEXT>",
            "Rates fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>,",
            "<EVENT eid=\"e1\">said</EVENT> AT&amp;T <TIMEX3",
            "  tid=\"t2\" type=\"DURATION\" value=\"P2W\" mod=\"APPROX\">about two\r\nweeks</TIMEX3>.",
            "</TEXT>",
            "</TimeML>",
            "");

    @Test
    void crlfTextKeepsCarriageReturnsAndOffsets() throws ReadException {
        AnnotatedDocument a = TimeMLReader.read("crlf.tml", CRLF_TML.getBytes(StandardCharsets.UTF_8));
        String text = a.document().text();
        assertEquals("\r\nRates fell yesterday,\r\nsaid AT&T about two\r\nweeks.\r\n", text);
        assertEquals(new DocumentDate(LocalDate.of(1998, 1, 8), DocumentDate.Source.HEADER), a.document().date());
        assertEquals("A & B", a.document().title());
        assertEquals(2, a.gold().size());
        GoldTimex t1 = a.gold().get(0);
        assertEquals(new GoldTimex("t1", 13, 22, "yesterday", "DATE", "1998-01-07", null), t1);
        GoldTimex t2 = a.gold().get(1);
        assertEquals("about two\r\nweeks", t2.text());
        assertEquals("DURATION", t2.type());
        assertEquals("P2W", t2.value());
        assertEquals("APPROX", t2.mod());
        for (GoldTimex g : a.gold()) {
            assertEquals(g.text(), text.substring(g.begin(), g.end()));
        }
    }

    @Test
    void crInCdataIsKept() throws ReadException {
        String xml = "<TimeML><TEXT><![CDATA[a\r\nb <x>]]> c\rd</TEXT></TimeML>";
        assertEquals("a\r\nb <x> c\rd", TimeMLReader.read("cdata.tml", xml).document().text());
    }

    @Test
    void missingDctGivesNullDate() throws ReadException {
        AnnotatedDocument a = TimeMLReader.read("nodct.tml", "<TimeML><TEXT>x</TEXT></TimeML>");
        assertNull(a.document().date());
        assertNull(a.document().title());
        assertTrue(a.gold().isEmpty());
    }

    @Test
    void malformedNamesFileLineAndColumn() {
        String xml = "<TimeML>\n<TEXT>\nabc <TIMEX3 tid=\"t1\">x</EVENT>\n</TEXT></TimeML>";
        ReadException e = assertThrows(ReadException.class,
                () -> TimeMLReader.read("bad.tml", xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("bad.tml: XML not well-formed at line 3, column "), e.getMessage());
        assertEquals("bad.tml", e.name());
    }

    @Test
    void missingTextIsAnError() {
        ReadException e = assertThrows(ReadException.class, () -> TimeMLReader.read("t.tml", "<TimeML/>"));
        assertEquals("t.tml: no <TEXT> element", e.getMessage());
    }

    @Test
    void doctypeWithExternalEntityIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-CONTENT");
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY x SYSTEM \"" + secret.toUri() + "\">");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TimeML SYSTEM \"" + dtd.toUri() + "\" [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<TimeML><TEXT>&xxe;</TEXT></TimeML>";
        // make the files unreadable when possible, so any access would show as a different error
        secret.toFile().setReadable(false);
        ReadException e = assertThrows(ReadException.class,
                () -> TimeMLReader.read("evil.tml", xml.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("evil.tml: document type declarations (DOCTYPE) are not accepted"),
                e.getMessage());
        assertFalse(e.getMessage().contains("SECRET"));
    }

    @Test
    void undeclaredEntityIsAnErrorNotALookup() {
        ReadException e = assertThrows(ReadException.class,
                () -> TimeMLReader.read("ent.tml", "<TimeML><TEXT>a &foo; b</TEXT></TimeML>"));
        assertTrue(e.getMessage().startsWith("ent.tml: "), e.getMessage());
        assertTrue(e.getMessage().contains("foo"), e.getMessage());
    }

    @Test
    void malformedUtf8NamesByteOffset() {
        byte[] b = "<TimeML><TEXT>ab</TEXT></TimeML>".getBytes(StandardCharsets.UTF_8);
        b[15] = (byte) 0xC3;
        ReadException e = assertThrows(ReadException.class, () -> TimeMLReader.read("u.tml", b));
        assertEquals("u.tml: malformed UTF-8 input at byte offset 15", e.getMessage());
    }

    @Test
    void declaredLatin1IsHonoured() throws ReadException {
        byte[] b = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><TimeML><TEXT>caf\u00e9</TEXT></TimeML>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("caf\u00e9", TimeMLReader.read("l.tml", b).document().text());
    }

    @Test
    void aLoneAngleBracketAtTheEndIsAReadErrorNotACrash() {
        // found by fuzzing (readArbitraryBytes): "<<<" ended the pre-scan past the end of the text
        for (String xml : new String[] {"<<<", "<", "<TimeML><TEXT>x</TEXT></TimeML><"}) {
            ReadException e = assertThrows(ReadException.class, () -> TimeMLReader.read("end.tml", xml));
            assertTrue(e.getMessage().startsWith("end.tml:"), e.getMessage());
        }
    }
}
