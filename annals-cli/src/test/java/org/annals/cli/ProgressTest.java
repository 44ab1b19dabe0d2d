package org.annals.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {

    @Test
    void barShowsDocumentsCommittedFailuresAndRate() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Progress.Mode.BAR, 10);
        p.finish(4, 2, 1);
        String s = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(s.startsWith("\r[############------------------] 4/10 documents, 2 committed, 1 failed, "), s);
        assertTrue(s.contains(" documents/s, ETA "), s);
        assertTrue(s.endsWith(System.lineSeparator()), s);
    }

    @Test
    void noneAndAutoModes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Progress.Mode.NONE, 10).finish(10, 10, 0);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(Progress.Mode.BAR, Progress.resolve(Progress.Mode.AUTO, true));
        assertEquals(Progress.Mode.LINES, Progress.resolve(Progress.Mode.AUTO, false));
        assertEquals(Progress.Mode.NONE, Progress.resolve(Progress.Mode.NONE, true));
    }

    @Test
    void durations() {
        assertEquals("0:05", Progress.duration(5));
        assertEquals("2:03", Progress.duration(123));
        assertEquals("1:02:03", Progress.duration(3723));
    }
}
