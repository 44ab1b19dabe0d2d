package org.annals.eval;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CatDocumentTest {

    static final String CAT = """
            <?xml version="1.0" ?><Document doc_id="10718" doc_name="10718_Apple.txt">
            <token number="0" sentence="0" t_id="1">Apple</token>
            <token number="1" sentence="0" t_id="2">lowers</token>
            <token number="2" sentence="1" t_id="3">Jobs</token>
            <token number="3" sentence="1" t_id="4">said</token>
            <token number="4" sentence="1" t_id="5">so</token>
            <Markables><TIMEX3 m_id="1" functionInDocument="CREATION_TIME" value="2008-01-09" type="DATE"/></Markables>
            </Document>""";

    static CatDocument read(String xml) throws IOException {
        return CatDocument.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
    }

    @Test
    void tokensJoinedBySpacesSentencesByLines() throws IOException {
        CatDocument d = read(CAT);
        assertEquals("10718", d.id());
        assertEquals("Apple lowers\nJobs said so", d.document().text());
        assertEquals("10718", d.document().source());
        assertEquals(LocalDate.of(2008, 1, 9), d.document().date().value());
        CatDocument.Token said = d.tokenAt(d.document().text().indexOf("said") + 2);
        assertEquals(new CatDocument.Token(1, 4, 18, 22, "said"), said);
        assertNull(d.tokenAt(d.document().text().indexOf('\n')), "a line end is no token");
    }

    @Test
    void notCatIsAnError() {
        assertThrows(IOException.class, () -> read("<html><body>no</body></html>"));
        assertThrows(IOException.class, () -> read("<Document doc_id=\"1\"><token sentence=\"x\" t_id=\"1\">a</token>"
                + "</Document>"));
    }
}
