package org.annals.io;

import org.annals.gold.AnnotatedDocument;
import org.annals.model.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a document choosing the reader by file name:
 * <ul>
 * <li>{@code .tml}: {@link TimeMLReader} (TEXT content, DCT date, title);</li>
 * <li>{@code .sgm}: {@link SgmlReader};</li>
 * <li>{@code .key.xml}: {@link Timex2KeyReader} (the document, annotations removed);</li>
 * <li>{@code .html}, {@code .htm}: {@link HtmlReader} (the article text, title, URL and date of a page);</li>
 * <li>{@code .jsonl}: {@link JsonLinesReader}, many documents: only through {@link #readAll};</li>
 * <li>anything else: {@link PlainTextReader}.</li>
 * </ul>
 * Memory is bounded: inputs larger than a limit ({@link #DEFAULT_MAX_BYTES} unless given) are refused with a
 * {@link ReadException} before they are read whole; a JSON Lines file is read a line at a time, and the limit
 * applies to each line.
 */
public final class Readers {

    /** The extension of JSON Lines files. */
    public static final String JSONL = ".jsonl";

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
        return read(name, bytes, maxBytes, null);
    }

    /**
     * {@link #read(String, byte[], long)}, plain text being in {@code charset} when it is not null (a charset an HTTP
     * request declares); the other formats carry their own (an XML prolog, an HTML meta tag).
     */
    public static Document read(String name, byte[] bytes, long maxBytes, java.nio.charset.Charset charset)
            throws ReadException {
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
        if (HtmlReader.accepts(lower)) {
            return HtmlReader.read(name, bytes);
        }
        if (holdsMany(name)) {
            throw new ReadException(name, "a JSON Lines file holds many documents: it is read with Readers.readAll");
        }
        return charset == null ? PlainTextReader.read(name, bytes) : PlainTextReader.read(name, bytes, charset);
    }

    /**
     * Reads bytes whose name says nothing of their format (standard input): an HTML page when they start as one
     * ({@code <!DOCTYPE html>} or {@code <html}, after white space and a byte order mark), else plain text.
     */
    public static Document readUnnamed(String name, byte[] bytes, long maxBytes) throws ReadException {
        return readUnnamed(name, bytes, maxBytes, null);
    }

    /** {@link #readUnnamed(String, byte[], long)}, plain text being in {@code charset} when it is not null. */
    public static Document readUnnamed(String name, byte[] bytes, long maxBytes, java.nio.charset.Charset charset)
            throws ReadException {
        checkSize(name, bytes.length, maxBytes);
        if (HtmlReader.startsAsHtml(bytes)) {
            return HtmlReader.read(name, bytes);
        }
        return charset == null ? PlainTextReader.read(name, bytes) : PlainTextReader.read(name, bytes, charset);
    }

    /** True when a file of this name holds many documents (JSON Lines): read it with {@link #readAll}. */
    public static boolean holdsMany(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(JSONL);
    }

    /** {@link #readAll(Path, long)} with the default size limit. */
    public static Stream<ReadResult> readAll(Path file) {
        return readAll(file, DEFAULT_MAX_BYTES);
    }

    /**
     * Every document of a file: one for most formats, one per record for JSON Lines (read lazily, {@code maxBytes}
     * then limits each line). Problems are results, not exceptions: a file that cannot be read gives one failed
     * result, a bad JSON Lines record one failed result naming its line, and the other records are still read.
     * Close the stream (try-with-resources) to close the file.
     */
    public static Stream<ReadResult> readAll(Path file, long maxBytes) {
        return readAll(file, maxBytes, null);
    }

    /**
     * {@link #readAll(Path, long)}, a plain-text file being in {@code charset} when it is not null (JSON Lines is
     * UTF-8; pages, TimeML and SGML declare their own).
     */
    public static Stream<ReadResult> readAll(Path file, long maxBytes, java.nio.charset.Charset charset) {
        String name = file.toString();
        if (!holdsMany(name)) {
            try {
                return Stream.of(ReadResult.of(charset == null ? read(file, maxBytes)
                        : read(name, bytes(file, maxBytes), maxBytes, charset)));
            } catch (ReadException e) {
                return Stream.of(ReadResult.failed(e));
            }
        }
        try {
            if (Files.isDirectory(file)) {
                throw new ReadException(name, "is a directory");
            }
            return JsonLinesReader.records(name, Files.newInputStream(file), maxBytes);
        } catch (NoSuchFileException e) {
            return Stream.of(ReadResult.failed(new ReadException(name, "no such file", e)));
        } catch (IOException e) {
            return Stream.of(ReadResult.failed(new ReadException(name, "cannot read: " + e, e)));
        } catch (ReadException e) {
            return Stream.of(ReadResult.failed(e));
        }
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
