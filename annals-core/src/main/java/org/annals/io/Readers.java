package org.annals.io;

import org.annals.api.Document;
import org.annals.eval.AnnotatedDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a document choosing the reader by file name:
 * <ul>
 * <li>{@code .tml}: {@link TimeMLReader} (TEXT content, DCT date, title);</li>
 * <li>{@code .sgm}: {@link SgmlReader};</li>
 * <li>{@code .key.xml}: {@link Timex2KeyReader} (the document, annotations removed);</li>
 * <li>anything else: {@link PlainTextReader}.</li>
 * </ul>
 * Memory is bounded: inputs larger than a limit ({@link #DEFAULT_MAX_BYTES} unless given) are refused with a
 * {@link ReadException} before they are read whole.
 */
public final class Readers {

    /** The default input size limit: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private Readers() {
    }

    /** Reads a document with the default size limit. */
    public static Document read(Path file) throws ReadException {
        return read(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a document, refusing files over {@code maxBytes}. */
    public static Document read(Path file, long maxBytes) throws ReadException {
        return read(file.toString(), bytes(file, maxBytes), maxBytes);
    }

    /** Reads a document from bytes with the default size limit; {@code name} chooses the format. */
    public static Document read(String name, byte[] bytes) throws ReadException {
        return read(name, bytes, DEFAULT_MAX_BYTES);
    }

    /** Reads a document from bytes, refusing more than {@code maxBytes}; {@code name} chooses the format. */
    public static Document read(String name, byte[] bytes, long maxBytes) throws ReadException {
        checkSize(name, bytes.length, maxBytes);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tml")) {
            return TimeMLReader.read(name, bytes).document();
        }
        if (lower.endsWith(".sgm")) {
            return SgmlReader.read(name, bytes);
        }
        if (lower.endsWith(".key.xml")) {
            return Timex2KeyReader.read(name, bytes).document();
        }
        return PlainTextReader.read(name, bytes);
    }

    /** Reads a gold-annotated document with the default size limit. */
    public static AnnotatedDocument readAnnotated(Path file) throws ReadException {
        return readAnnotated(file, DEFAULT_MAX_BYTES);
    }

    /** Reads a gold-annotated document, refusing files over {@code maxBytes}. */
    public static AnnotatedDocument readAnnotated(Path file, long maxBytes) throws ReadException {
        return readAnnotated(file.toString(), bytes(file, maxBytes), maxBytes);
    }

    /** Reads a gold-annotated document from bytes with the default size limit. */
    public static AnnotatedDocument readAnnotated(String name, byte[] bytes) throws ReadException {
        return readAnnotated(name, bytes, DEFAULT_MAX_BYTES);
    }

    /**
     * Reads a gold-annotated document from bytes: {@code .tml} is TimeML, {@code .key.xml} is WikiWars TIMEX2; another
     * {@code .xml} is TIMEX2 when it starts with {@code <DOC>} or contains {@code <TIMEX2}, else TimeML.
     *
     * @throws ReadException for other file names, or when the content cannot be read
     */
    public static AnnotatedDocument readAnnotated(String name, byte[] bytes, long maxBytes) throws ReadException {
        checkSize(name, bytes.length, maxBytes);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tml")) {
            return TimeMLReader.read(name, bytes);
        }
        if (lower.endsWith(".key.xml")) {
            return Timex2KeyReader.read(name, bytes);
        }
        if (lower.endsWith(".xml")) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            return head.stripLeading().startsWith("<DOC>") || head.contains("<TIMEX2")
                    ? Timex2KeyReader.read(name, bytes) : TimeMLReader.read(name, bytes);
        }
        throw new ReadException(name, "not an annotated format (expected .tml, .key.xml or .xml)");
    }

    /**
     * Reads a file's bytes, refusing more than {@code maxBytes} (checked before reading, and while reading for files
     * whose size is unknown or changing).
     */
    public static byte[] bytes(Path file, long maxBytes) throws ReadException {
        String name = file.toString();
        try {
            if (Files.isRegularFile(file)) {
                checkSize(name, Files.size(file), maxBytes);
            } else if (Files.isDirectory(file)) {
                throw new ReadException(name, "is a directory");
            }
            try (InputStream in = Files.newInputStream(file)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[64 * 1024];
                long total = 0;
                for (int k; (k = in.read(buf)) > 0; ) {
                    total += k;
                    checkSize(name, total, maxBytes);
                    out.write(buf, 0, k);
                }
                return out.toByteArray();
            }
        } catch (NoSuchFileException e) {
            throw new ReadException(name, "no such file", e);
        } catch (IOException e) {
            throw new ReadException(name, "cannot read: " + e, e);
        }
    }

    private static void checkSize(String name, long size, long maxBytes) throws ReadException {
        if (size > maxBytes) {
            throw new ReadException(name, "too large (" + size + " bytes; the limit is " + maxBytes
                    + " bytes, see Readers.DEFAULT_MAX_BYTES)");
        }
    }
}
