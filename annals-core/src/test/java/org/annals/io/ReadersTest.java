package org.annals.io;

import org.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadersTest {

    @Test
    void plainTextIsUnchangedExceptBom() throws ReadException {
        Document d = PlainTextReader.read("a.txt", "\uFEFFOn 2 May\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("On 2 May\r\n", d.text());
        assertNull(d.date());
        assertEquals("a.txt", d.source());
    }

    @Test
    void plainTextInNoCharsetNamesTheOffsetOfTheFirstByteThatIsNoUtf8() {
        // 0x81 is neither UTF-8 here nor any character of Windows-1252
        byte[] b = {'a', 'b', (byte) 0x81, 'c'};
        ReadException e = assertThrows(ReadException.class, () -> PlainTextReader.read("m.txt", b));
        assertEquals("m.txt: malformed UTF-8 input at byte offset 2", e.getMessage());
    }

    @Test
    void plainTextInALegacyCharsetIsRead() throws Exception {
        String french = "Le caf\u00e9 a ouvert le 3 mars 1950. \u00c0 bient\u00f4t, cr\u00e8me br\u00fbl\u00e9e.";
        assertEquals(french, PlainTextReader.read("fr.txt", french.getBytes("ISO-8859-1")).text());
        String german = "Das Gesch\u00e4ft \u00f6ffnete am 3. M\u00e4rz 1950 in M\u00fcnchen. Gr\u00fc\u00dfe.";
        assertEquals(german, PlainTextReader.read("de.txt", german.getBytes("windows-1252")).text());
        String russian = "\u041c\u043e\u0441\u043a\u0432\u0430 \u0431\u044b\u043b\u0430 \u043e\u0441\u0432\u043e"
                + "\u0431\u043e\u0436\u0434\u0435\u043d\u0430 \u0432 1943 \u0433\u043e\u0434\u0443. \u042d\u0442\u043e "
                + "\u0431\u044b\u043b\u043e \u0434\u0430\u0432\u043d\u043e, \u0438 \u043c\u044b \u043f\u043e\u043c"
                + "\u043d\u0438\u043c \u044d\u0442\u043e \u0432\u0440\u0435\u043c\u044f.";
        assertEquals(russian, PlainTextReader.read("ru.txt", russian.getBytes("windows-1251")).text());
        // and the document says which charset it was read in
        assertEquals("windows-1252", PlainTextReader.read("fr.txt", french.getBytes("ISO-8859-1")).charset());
        assertEquals("windows-1251", PlainTextReader.read("ru.txt", russian.getBytes("windows-1251")).charset());
        assertEquals("UTF-8", PlainTextReader.read("fr.txt", french.getBytes("UTF-8")).charset());
    }

    @Test
    void wellFormedUtf8IsToldFromBytesThatOnlyLookLikeIt() {
        assertTrue(Decoding.isUtf8("Caf\u00e9 \u20ac \ud83d\ude00".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertTrue(Decoding.isUtf8(new byte[0]));
        assertFalse(Decoding.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}), "an overlong '/'");
        assertFalse(Decoding.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), "a surrogate");
        assertFalse(Decoding.isUtf8(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}), "over U+10FFFF");
        assertFalse(Decoding.isUtf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82}), "cut short");
        assertFalse(Decoding.isUtf8(new byte[] {'C', 'a', 'f', (byte) 0xE9}), "Latin-1");
        // ten good sequences outweigh one bad byte; Latin-1 has no good ones
        byte[] mostly = ("\u00e9".repeat(10) + "x").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mostly[mostly.length - 1] = (byte) 0xE9;
        assertTrue(Decoding.mostlyUtf8(mostly));
        assertFalse(Decoding.mostlyUtf8("f\u00eate \u00e0 No\u00ebl".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void standardInputIsAWebPageWhenItStartsAsOne() throws ReadException {
        byte[] page = "\n  <!DOCTYPE html><html><head><meta name=\"date\" content=\"2021-05-04\"></head><body><p>Hi.</p>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Document d = Readers.readUnnamed("stdin", page, 1000);
        assertEquals("Hi.\n", d.text());
        assertEquals("2021-05-04", d.date().value().toString());
        byte[] text = "<b>not a page</b> on 4 May 2021".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<b>not a page</b> on 4 May 2021", Readers.readUnnamed("stdin", text, 1000).text());
        assertThrows(ReadException.class, () -> Readers.readUnnamed("stdin", page, 10));
    }

    @Test
    void chooseByExtension(@TempDir Path dir) throws Exception {
        Path tml = dir.resolve("a.tml");
        Files.writeString(tml, "<TimeML><DCT><TIMEX3 tid=\"t0\" value=\"2001-02-03\"/></DCT><TEXT>t <TIMEX3 tid=\"t1\" "
                + "type=\"DATE\" value=\"2001\">2001</TIMEX3></TEXT></TimeML>");
        Path sgm = dir.resolve("b.sgm");
        Files.writeString(sgm, "<DOC><TEXT>s & t</TEXT></DOC>");
        Path txt = dir.resolve("c.txt");
        Files.writeString(txt, "<TEXT>plain</TEXT>");
        assertEquals("t 2001", Readers.read(tml).text());
        assertEquals("2001-02-03", Readers.read(tml).date().value().toString());
        assertEquals("s & t", Readers.read(sgm).text());
        assertEquals("<TEXT>plain</TEXT>", Readers.read(txt).text());
        assertEquals(1, Readers.readAnnotated(tml).gold().size());
        ReadException e = assertThrows(ReadException.class, () -> Readers.readAnnotated(txt));
        assertTrue(e.getMessage().contains("not an annotated format"), e.getMessage());
    }

    @Test
    void sizeLimitIsEnforced(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        byte[] spaces = new byte[1000];
        java.util.Arrays.fill(spaces, (byte) ' ');
        Files.write(big, spaces);
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(big, 999));
        assertEquals(big + ": too large (1000 bytes; the limit is 999 bytes, see Readers.DEFAULT_MAX_BYTES)",
                e.getMessage());
        assertEquals(1000, Readers.read(big, 1000).text().length());
        assertThrows(ReadException.class, () -> Readers.read("x.txt", new byte[10], 5));
    }

    @Test
    void missingFileIsAReadException(@TempDir Path dir) {
        ReadException e = assertThrows(ReadException.class, () -> Readers.read(dir.resolve("nope.txt")));
        assertTrue(e.getMessage().endsWith("nope.txt: no such file"), e.getMessage());
    }

    @Test
    void nulBytesAreAClearError() {
        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
                () -> Readers.read("bin.txt", new byte[] {'a', 'b', 0, 'c'}));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("bin.txt"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("NUL character at character offset 2"),
                e.getMessage());
    }
}
