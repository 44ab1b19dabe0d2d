package org.annals.cli;

import org.annals.io.ReadJsonWriter;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code annals read}: what annals reads from files before analysing them (text, title, URL, language, charset and
 * document date with its source, a byline's included: {@link org.annals.api.Annals#read}), as a user checks a page
 * before ingesting it.
 */
@Command(name = "read", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "Show what annals reads from documents: their text, title, URL, language, charset and date.",
        description = {
            "Reads each FILE as 'tag', 'timeline' and 'ingest' do (by extension: .html and .htm a web page, .tml"
                + " TimeML, .sgm SGML, anything else plain text; '-' is standard input, a web page when it starts"
                + " with <!DOCTYPE html> or <html>, else plain text) and writes what was read, without tagging it.",
            "",
            "'text' is exactly the text the other commands analyse: their offsets refer to it. 'dct.from' says where"
                + " the document date came from: header, html-meta, json-ld, url, byline, argument, or none (value"
                + " null: annals never makes one up). 'language' is an ISO 639-1 code, null when the reader could not"
                + " tell; time expressions are tagged in English only.",
            "A file that cannot be read is reported on standard error and skipped; the others are still read."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read and written",
            "1:some file could not be read (see standard error)",
            "2:usage error (unknown option, bad --dct...)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  annals read saved-page.html",
            "  curl -s https://example.org/news | annals read --format text -", ""})
final class ReadCommand implements Callable<Integer> {

    /** The output formats of {@code annals read}. */
    enum Format {
        /** {@link ReadJsonWriter}'s envelope. */
        JSON,
        /** A header of fields, then the text, for people. */
        TEXT
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output format: json (the default) or text.")
    private Format format;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD|today", converter = Converters.DocumentDateArg.class,
            description = "The document date to report for every file instead of the one found (from=argument), as"
                    + " 'tag --dct' does.")
    private DocumentDate dct;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetArg.class,
            description = "The charset of plain-text input (ISO-8859-1, windows-1251...), instead of the one its bytes"
                    + " show (UTF-8 when they are valid UTF-8, else a detected legacy charset). Web pages, TimeML and"
                    + " SGML declare their own.")
    private java.nio.charset.Charset encoding;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to read; '-' reads standard input.")
    private List<String> files;

    private final Io io;

    ReadCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8));
        ReadJsonWriter.Stream json = format == Format.JSON ? ReadJsonWriter.open(out) : null;
        org.annals.api.Annals annals = org.annals.api.Annals.create();
        int failures = 0;
        try {
            for (String file : files) {
                Document d = Inputs.process(io, "read", file, dct, encoding, "reading", annals::read);
                if (d == null) {
                    failures++;
                } else if (json != null) {
                    json.add(d);
                } else {
                    writeText(d, out);
                }
            }
        } finally {
            if (json != null) {
                json.close();
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private static void writeText(Document d, Writer out) throws IOException {
        out.write("== " + d.source() + "\n");
        out.write("title:    " + orNone(d.title()) + "\n");
        out.write("url:      " + orNone(d.url()) + "\n");
        out.write("language: " + orNone(d.language()) + "\n");
        out.write("charset:  " + orNone(d.charset()) + "\n");
        out.write("dct:      " + (d.date() == null ? "none" : d.date().value() + " (" + d.date().from().label() + ")")
                + "\n\n");
        out.write(d.text());
        if (!d.text().endsWith("\n")) {
            out.write("\n");
        }
        out.write("\n");
    }

    private static String orNone(String s) {
        return s == null ? "(none)" : s;
    }
}
