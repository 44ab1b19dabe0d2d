package org.annals.server;

import org.annals.archive.ArchiveQuery;
import org.annals.model.Genre;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The names of request parameters and fields, and their parsing: a value that does not parse is a 400 naming the
 * parameter and what was expected.
 */
final class Params {

    /** The document text (JSON field). */
    static final String TEXT = "text";
    /** The document date, YYYY-MM-DD (JSON field, form field or query parameter). */
    static final String DCT = "dct";
    /** auto, news or narrative (JSON field, form field or query parameter). */
    static final String GENRE = "genre";
    /** A title (JSON field, form field or query parameter). */
    static final String TITLE = "title";
    /** A name for the document (JSON field, form field or query parameter); an upload's file name otherwise. */
    static final String SOURCE = "source";
    /** The uploaded file (multipart part). */
    static final String FILE = "file";
    /** {@code true}: {@code POST /api/tag} also returns the document text (query parameter). */
    static final String WITH_TEXT = "withText";
    /** Search text (query parameter). */
    static final String QUERY = "q";
    /** First day of a range (query parameter). */
    static final String FROM = "from";
    /** Last day of a range (query parameter). */
    static final String TO = "to";
    /** How many hits of each kind to skip (paging). */
    static final String OFFSET = "offset";
    /** The most hits to return (query parameter). */
    static final String LIMIT = "limit";
    /** {@code /api/timeline}'s output: json (default), text, csv, timelinejs, and for a posted document timeml. */
    static final String FORMAT = "format";
    /** The entity a document's timeline is about ({@link org.annals.timeline.AboutEntity}): Steve Jobs. */
    static final String ABOUT = "about";
    /** Kinds and predicates left out of a timeline ({@link org.annals.timeline.HiddenEntries}): reporting,said. */
    static final String HIDE = "hide";
    /** The TimeML format's name, beside {@link org.annals.io.TimelineFormat}'s. */
    static final String TIMEML = "timeml";
    /** A document id (path parameter). */
    static final String ID = "id";

    /** The hits returned when no limit is given. */
    static final int DEFAULT_LIMIT = 20;
    /** The most hits one request may ask for. */
    static final int MAX_LIMIT = 1000;

    private Params() {
    }

    /** A date YYYY-MM-DD, or null when {@code value} is null or blank. */
    /** The {@code dct} value that asks for today's date. */
    static final String TODAY = "today";

    static LocalDate date(String name, String value) {
        return parse(name, value, v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(name + ": '" + v + "' is not a date of the form YYYY-MM-DD");
            }
        });
    }

    /** A genre, or null when {@code value} is null or blank. */
    static Genre genre(String name, String value) {
        return parse(name, value, v -> {
            try {
                return Genre.parse(v);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name + ": '" + v + "' is not a genre (auto, news or narrative)");
            }
        });
    }

    /**
     * A timeline format ({@link org.annals.io.TimelineFormat}), JSON when absent; null for {@value #TIMEML} when
     * {@code timeml} is allowed (a posted document), else 400.
     */
    static org.annals.io.TimelineFormat format(String value, boolean timeml) {
        if (value == null || value.isBlank()) {
            return org.annals.io.TimelineFormat.JSON;
        }
        if (timeml && value.strip().equalsIgnoreCase(TIMEML)) {
            return null;
        }
        try {
            return org.annals.io.TimelineFormat.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(FORMAT + ": " + e.getMessage() + (timeml ? ", timeml" : ""));
        }
    }

    /** A limit in 1..{@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when absent. */
    static int limit(String value) {
        Integer n = parse(LIMIT, value, v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(LIMIT + ": '" + v + "' is not a whole number");
            }
        });
        if (n == null) {
            return DEFAULT_LIMIT;
        }
        if (n < 1 || n > MAX_LIMIT) {
            throw ApiException.badRequest(LIMIT + " must be 1.." + MAX_LIMIT + ": " + n);
        }
        return n;
    }

    /** The entity asked about, or null when absent; 400 for a name with no letter or digit. */
    static org.annals.timeline.AboutEntity about(String value) {
        if (value == null) {
            return null;
        }
        try {
            return org.annals.timeline.AboutEntity.of(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(ABOUT + ": " + e.getMessage());
        }
    }

    /** What a reader hides: kinds and predicates, comma-separated; nothing when absent. */
    static org.annals.timeline.HiddenEntries hide(String value) {
        try {
            return org.annals.timeline.HiddenEntries.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(HIDE + ": " + e.getMessage());
        }
    }

    /**
     * An archive query from {@code q}, {@code from}, {@code to}, {@code limit} and {@code offset}; {@code from} and
     * {@code to} as the command line takes them ({@link org.annals.archive.QueryDates}: {@code 1950}, {@code 1950-10},
     * {@code 1950-10-25}, {@code 264 BC}); {@code hide} (may be null) the entries left out ({@link #hide}).
     */
    static ArchiveQuery query(String q, String from, String to, String limit, String offset, String hide) {
        LocalDate f = bound(FROM, from, true);
        LocalDate t = bound(TO, to, false);
        if (f != null && t != null && f.isAfter(t)) {
            throw ApiException.badRequest(FROM + " " + from.strip() + " is after " + TO + " " + to.strip());
        }
        int n = limit(limit);
        Integer skip = parse(OFFSET, offset, v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest(OFFSET + ": '" + v + "' is not a whole number");
            }
        });
        int o = skip == null ? 0 : skip;
        if (o < 0 || (long) o + n > ArchiveQuery.MAX_REACH) {
            throw ApiException.badRequest(OFFSET + " must be 0.." + (ArchiveQuery.MAX_REACH - n) + ": " + o);
        }
        return new ArchiveQuery(q == null || q.isBlank() ? null : q, f, t, n, o, hide(hide));
    }

    /** A range bound: the first ({@code start}) or last day of a year, month or day; null when absent. */
    private static LocalDate bound(String name, String value, boolean start) {
        return parse(name, value, v -> {
            try {
                return start ? org.annals.archive.QueryDates.start(v) : org.annals.archive.QueryDates.end(v);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(name + ": " + e.getMessage());
            }
        });
    }

    private static <T> T parse(String name, String value, Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parser.apply(value.trim());
    }
}
