package org.annals.cli;

import org.annals.io.JsonWriter;
import org.annals.io.TextListingWriter;
import org.annals.io.TimeMLWriter;
import org.annals.model.TaggedDocument;

import java.io.IOException;
import java.io.Writer;

/** The output formats of {@code annals tag}, with the file name ending each gets under {@code --out}. */
enum OutputFormat {
    /** The JSON contract ({@link JsonWriter}). */
    JSON(".json"),
    /** TimeML with inline TIMEX3 ({@link TimeMLWriter}). */
    TIMEML(".tml"),
    /** A listing for people ({@link TextListingWriter}). */
    TEXT(".timexes.txt");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** What {@code --out} appends to the input's base name. */
    String extension() {
        return extension;
    }

    /** Writes one document in its own, complete output (a JSON envelope, a TimeML document, a listing). */
    void write(TaggedDocument d, Writer out) throws IOException {
        switch (this) {
            case JSON -> JsonWriter.pretty().write(d, out);
            case TIMEML -> new TimeMLWriter().write(d, out);
            case TEXT -> new TextListingWriter().write(d, out);
        }
    }
}
