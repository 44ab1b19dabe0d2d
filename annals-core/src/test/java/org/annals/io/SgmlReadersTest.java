package org.annals.io;

import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldTimex;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SgmlReadersTest {

    private static final String SGM = "<DOC>\n<DOCID>01_X</DOCID>\n<DOCTYPE SOURCE=\"w\"> HISTORY </DOCTYPE>\n"
            + "<DATETIME> 2009-12-19T17:00:00 </DATETIME>\n<TEXT>\nIn June 1950 R&D a < b, <i>x</i> ok.\n</TEXT>\n</DOC>\n";

    private static final String KEY = "<DOC>\n<DOCID>01_X</DOCID>\n<DOCTYPE SOURCE=\"w\"> HISTORY </DOCTYPE>\n"
            + "<DATETIME> <TIMEX2 val=\"2009-12-19T17:00:00\">2009-12-19T17:00:00</TIMEX2> </DATETIME>\n<TEXT>\n"
            + "In <TIMEX2 val=\"1950-06\">June <TIMEX2 val=\"1950\">1950</TIMEX2></TIMEX2> R&D a < b, <i>x</i> "
            + "<TIMEX2 VAL='P2W' mod=\"APPROX\" id=k9>ok</TIMEX2>.\n</TEXT>\n</DOC>\n";

    @Test
    void sgmlKeepsTextAndReadsHeader() throws ReadException {
        Document d = SgmlReader.read("x.sgm", SGM.getBytes(StandardCharsets.UTF_8));
        assertEquals("\nIn June 1950 R&D a < b, x ok.\n", d.text());
        assertEquals("01_X", d.source());
        assertEquals(new DocumentDate(LocalDate.of(2009, 12, 19), DocumentDate.Source.HEADER), d.date());
    }

    @Test
    void timex2KeyHasNestedGoldAndSameText() throws ReadException {
        AnnotatedDocument a = Timex2KeyReader.read("x.key.xml", KEY.getBytes(StandardCharsets.UTF_8));
        Document sgm = SgmlReader.read("x.sgm", SGM.getBytes(StandardCharsets.UTF_8));
        assertEquals(sgm.text(), a.document().text());
        assertEquals(sgm.date(), a.document().date());
        assertEquals(List.of(
                new GoldTimex(null, 4, 13, "June 1950", null, "1950-06", null),
                new GoldTimex(null, 9, 13, "1950", null, "1950", null),
                new GoldTimex("k9", 27, 29, "ok", null, "P2W", "APPROX")), a.gold());
    }

    @Test
    void unbalancedTimex2IsAnError() {
        String bad = "<DOC><TEXT>a <TIMEX2 val=\"1\">b</TEXT></DOC>";
        ReadException e = assertThrows(ReadException.class,
                () -> Timex2KeyReader.read("b.key.xml", bad.getBytes(StandardCharsets.UTF_8)));
        assertEquals("b.key.xml: TIMEX2 opened at line 1 is not closed in TEXT", e.getMessage());
        String bad2 = "<DOC><TEXT>a </TIMEX2>b</TEXT></DOC>";
        e = assertThrows(ReadException.class,
                () -> Timex2KeyReader.read("b.key.xml", bad2.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("without an open TIMEX2"), e.getMessage());
    }

    @Test
    void missingTextOrDate() throws ReadException {
        assertThrows(ReadException.class, () -> SgmlReader.read("n.sgm", "<DOC>x</DOC>".getBytes()));
        Document d = SgmlReader.read("n.sgm", "<DOC><TEXT>x</TEXT></DOC>".getBytes(StandardCharsets.UTF_8));
        assertNull(d.date());
        assertEquals("n.sgm", d.source());
    }
}
