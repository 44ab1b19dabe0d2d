package org.annals.cli;

import org.annals.model.Genre;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Option value converters; their failures are usage errors (exit code 2). */
final class Converters {

    private Converters() {
    }

    /** {@code YYYY-MM-DD}. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }

    /**
     * {@code --dct}: a date {@code YYYY-MM-DD} (from {@code argument}), or {@code today}: today's date, because the
     * user asked for it (from {@code today}). annals takes no date from the clock otherwise.
     */
    static final class DocumentDateArg implements ITypeConverter<org.annals.model.DocumentDate> {
        @Override
        public org.annals.model.DocumentDate convert(String value) {
            if (value.trim().equalsIgnoreCase("today")) {
                return org.annals.model.DocumentDate.of(LocalDate.now(), org.annals.model.DocumentDate.Source.TODAY);
            }
            try {
                return org.annals.model.DocumentDate.of(LocalDate.parse(value.trim()),
                        org.annals.model.DocumentDate.Source.ARGUMENT);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD, nor 'today'");
            }
        }
    }

    /** {@code --encoding}: a charset name Java knows ({@code ISO-8859-1}, {@code windows-1251}, {@code Shift_JIS}). */
    static final class CharsetArg implements ITypeConverter<java.nio.charset.Charset> {
        @Override
        public java.nio.charset.Charset convert(String value) {
            try {
                return java.nio.charset.Charset.forName(value.trim());
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a charset this Java knows (for example"
                        + " UTF-8, ISO-8859-1, windows-1252, windows-1251, Shift_JIS)");
            }
        }
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the first day of what it names. */
    static final class RangeStart implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return org.annals.archive.QueryDates.start(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} as the last day of what it names. */
    static final class RangeEnd implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return org.annals.archive.QueryDates.end(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** A byte count: digits, optionally followed by B, KB, MB or GB (powers of 1024; case-insensitive). */
    static final class Size implements ITypeConverter<Long> {
        /** Suffixes, longest first, and their sizes. */
        private static final java.util.List<java.util.Map.Entry<String, Long>> UNITS = java.util.List.of(
                java.util.Map.entry("KB", 1024L), java.util.Map.entry("MB", 1024L * 1024),
                java.util.Map.entry("GB", 1024L * 1024 * 1024), java.util.Map.entry("B", 1L));

        @Override
        public Long convert(String value) {
            String v = value.trim().toUpperCase(java.util.Locale.ROOT);
            long unit = 1;
            for (java.util.Map.Entry<String, Long> u : UNITS) {
                if (v.endsWith(u.getKey())) {
                    unit = u.getValue();
                    v = v.substring(0, v.length() - u.getKey().length()).trim();
                    break;
                }
            }
            try {
                long n = Long.parseLong(v);
                if (n < 1) {
                    throw new NumberFormatException("not positive");
                }
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new TypeConversionException("'" + value + "' is not a size (e.g. 1048576, 512KB, 10MB)");
            }
        }
    }

    /** auto, news or narrative. */
    static final class GenreName implements ITypeConverter<Genre> {
        @Override
        public Genre convert(String value) {
            try {
                return Genre.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a genre (auto, news or narrative)");
            }
        }
    }
}
