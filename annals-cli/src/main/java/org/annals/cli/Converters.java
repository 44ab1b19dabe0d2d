package org.annals.cli;

import org.annals.api.Genre;
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
