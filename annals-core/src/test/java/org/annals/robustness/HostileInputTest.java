package org.annals.robustness;

import org.annals.api.Annals;
import org.annals.io.ReadException;
import org.annals.io.Readers;
import org.annals.model.Document;
import org.annals.testing.Invariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Input meant to hurt: external entities and DTDs (refused before any file or network access), entity expansion,
 * deep nesting, invalid UTF-8, NUL bytes. Each gets a clear error naming the file, or a correct result.
 */
class HostileInputTest {

    private static ReadException refused(String name, String content) {
        return assertThrows(ReadException.class,
                () -> Readers.read(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void externalEntitiesAndDtdsTouchNeitherNetworkNorFiles(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x.dtd";
            String[] attacks = {
                    "<?xml version=\"1.0\"?><!DOCTYPE TimeML SYSTEM \"" + url + "\"><TimeML><TEXT>x</TEXT></TimeML>",
                    "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY e SYSTEM \"" + url + "\">]>"
                            + "<TimeML><TEXT>&e;</TEXT></TimeML>",
                    "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY % p SYSTEM \"" + url + "\"> %p;]>"
                            + "<TimeML><TEXT>x</TEXT></TimeML>",
                    "<?xml version=\"1.0\"?><!DOCTYPE TimeML [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                            + "<TimeML><TEXT>&e;</TEXT></TimeML>",
            };
            for (String attack : attacks) {
                ReadException e = refused("a.tml", attack);
                assertTrue(e.getMessage().startsWith("a.tml:"), e.getMessage());
                assertTrue(!e.getMessage().contains("SECRET"), e.getMessage());
                // SGML is not parsed as XML: no DTD is read, references stay text (or the file is refused)
                try {
                    Document d = Readers.read("a.sgm", attack.getBytes(StandardCharsets.UTF_8));
                    assertTrue(!d.text().contains("SECRET"), d.text());
                } catch (ReadException refusedToo) {
                    assertTrue(refusedToo.getMessage().startsWith("a.sgm:"), refusedToo.getMessage());
                }
            }
            assertThrows(SocketTimeoutException.class, listener::accept, "a reader connected to the DTD's URL");
        }
    }

    @Test
    void entityExpansionIsRefusedAtOnce() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            laughs.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><TimeML><TEXT>&lol9;</TEXT></TimeML>");
        ReadException e = refused("laughs.tml", laughs.toString());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        // an undeclared entity is an error, not a lookup
        assertTrue(refused("e.tml", "<TimeML><TEXT>&lol9;</TEXT></TimeML>").getMessage().startsWith("e.tml:"));
    }

    @Test
    void deepNestingIsAClearErrorBeyondTheParserLimit() throws Exception {
        String tml = "<TimeML><TEXT>" + "<s>".repeat(90) + "On June 25, 1950 war began." + "</s>".repeat(90)
                + "</TEXT></TimeML>";
        Document d = Readers.read("deep.tml", tml.getBytes(StandardCharsets.UTF_8));
        assertEquals("On June 25, 1950 war began.", d.text());
        Invariants.check(Annals.create().tag(d));
        int depth = 200_000;
        String deeper = "<TimeML><TEXT>" + "<s>".repeat(depth) + "x" + "</s>".repeat(depth) + "</TEXT></TimeML>";
        ReadException e = refused("deeper.tml", deeper);
        assertTrue(e.getMessage().startsWith("deeper.tml:") && e.getMessage().contains("depth"), e.getMessage());
        // unbalanced: a clear error
        String open = "<TimeML><TEXT>" + "<s>".repeat(depth) + "x</TEXT></TimeML>";
        assertTrue(refused("open.tml", open).getMessage().startsWith("open.tml:"));
    }

    @Test
    void invalidUtf8AndNulBytesNameTheFileAndOffset() {
        // plain text in a legacy charset is read (Readers test); markup must be what it declares
        byte[] bad = {'O', 'n', ' ', (byte) 0xC3, (byte) 0x28, ' ', '1', '9', '5', '0'};
        for (String name : new String[] {"bad.tml", "bad.sgm"}) {
            ReadException e = assertThrows(ReadException.class, () -> Readers.read(name, bad));
            assertTrue(e.getMessage().startsWith(name + ":"), e.getMessage());
            assertTrue(e.getMessage().contains("malformed"), e.getMessage());
        }
        ReadException e = assertThrows(ReadException.class,
                () -> Readers.read("nul.txt", "1950\0".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void longLinesWithoutSpacesOrNewlines() {
        // 2 MB with no space, no newline: digits, letters and punctuation glued together
        String glued = "1950-10-25October1950,12:30p.m.".repeat(65_536);
        Invariants.check(Annals.create().tag(glued, java.time.LocalDate.of(2020, 1, 1)));
    }
}
