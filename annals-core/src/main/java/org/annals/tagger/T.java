package org.annals.tagger;

import org.annals.text.Lex;
import org.annals.text.Token;

import java.util.Set;
import java.util.function.Predicate;

/** Token tests used by the extractors' patterns. */
public final class T {

    private T() {
    }

    public static Predicate<Token> lex(Lex c) {
        return t -> t.is(c);
    }

    /** A word of the class, written with a capital (months, weekdays: "May" the month, not "may" the verb). */

    public static Predicate<Token> word(String... words) {
        Set<String> s = Set.of(words);
        return t -> s.contains(t.lower);
    }


    /** A period directly after the previous token ("Oct."). */
    public static final Predicate<Token> DOT = t -> t.isPunct('.') && !t.spaceBefore;
    public static final Predicate<Token> COMMA = t -> t.isPunct(',');
    public static final Predicate<Token> HYPHEN = t -> t.isPunct('-') || t.text.equals("\u2013") || t.text.equals("\u2014");
    public static final Predicate<Token> TIGHT_HYPHEN = t -> (t.isPunct('-') || t.text.equals("\u2013")) && !t.spaceBefore;
    public static final Predicate<Token> APOSTROPHE = t -> t.isPunct('\'') || t.text.equals("\u2019") || t.text.equals("\u2018");

    /**
     * A month name, capitalized or in capitals, or written in lower case in full when it is no other word ("june",
     * "october"; not "may", "march", "august" nor abbreviations: "jan", "mar"); "May", "March" and abbreviations need
     * more context, given by the rules.
     */
    public static final Predicate<Token> MONTH = t -> t.is(Lex.MONTH) && (t.capitalized() || lowerCaseMonth(t.text));

    /** Month names that are nothing else in lower case. */
    private static boolean lowerCaseMonth(String text) {
        return switch (text) {
            case "january", "february", "april", "june", "july", "september", "october", "november", "december" -> true;
            default -> false;
        };
    }


    /** A day of month: 1-31 in one or two digits, or an ordinal ("25th", "first"). */
    public static final Predicate<Token> DAY = t -> (t.kind == Token.Kind.DIGITS && t.text.length() <= 2
            && t.intValue() >= 1 && t.intValue() <= 31) || (t.is(Lex.ORDINAL) && t.value(Lex.ORDINAL) >= 1
            && t.value(Lex.ORDINAL) <= 31 && Character.isDigit(t.text.charAt(0)));

    public static final Predicate<Token> DAY_WORD_ORDINAL = t -> t.is(Lex.ORDINAL) && t.value(Lex.ORDINAL) >= 1
            && t.value(Lex.ORDINAL) <= 31;

    /** A four-digit year, 1000-2199. */
    public static final Predicate<Token> YEAR = t -> t.kind == Token.Kind.DIGITS && t.text.length() == 4
            && t.intValue() >= 1000 && t.intValue() <= 2199 || t.is(Lex.SPELLED_YEAR);

    /** Any one-to-four digit number. */
    public static final Predicate<Token> YEAR_ANY = t -> t.kind == Token.Kind.DIGITS && t.text.length() <= 4
            && t.intValue() >= 1;

    public static final Predicate<Token> DIGITS2 = t -> t.kind == Token.Kind.DIGITS && t.text.length() == 2;
    public static final Predicate<Token> DIGITS1_2 = t -> t.kind == Token.Kind.DIGITS && t.text.length() <= 2;

    /** A whole number written with digits or words ("three", "24", "seventy"). */
    public static final Predicate<Token> NUMBER = t -> t.isNumber() && t.number >= 0 && t.number < 1e7;

    /** An amount: a number, or "a"/"an"/"one". */
    public static final Predicate<Token> AMOUNT = t -> (t.isNumber() && t.number >= 0 && t.number < 1e7)
            || t.lower.equals("a") || t.lower.equals("an");

    public static final Predicate<Token> UNIT = t -> t.is(Lex.UNIT);
    public static final Predicate<Token> UNITS = t -> t.is(Lex.UNIT_PLURAL);
    public static final Predicate<Token> ANY_UNIT = t -> t.is(Lex.UNIT) || t.is(Lex.UNIT_PLURAL);
    /** A weekday's name, capitalized ("Thursday", "Thurs") or, in full, in lower case ("next thursday"). */
    public static final Predicate<Token> WEEKDAY = t -> t.is(Lex.WEEKDAY) && t.text.length() >= 5
            && (t.capitalized() || t.text.endsWith("day"));
    public static final Predicate<Token> SEASON = t -> t.is(Lex.SEASON);
    public static final Predicate<Token> PART_OF_DAY = t -> t.is(Lex.PART_OF_DAY);
    public static final Predicate<Token> ORDINAL = t -> t.is(Lex.ORDINAL);
    public static final Predicate<Token> THE = t -> t.lower.equals("the");

    /** "a.m.", "am", "p.m.", "pm". */
    public static final Predicate<Token> AMPM = t -> switch (t.lower) {
        case "a.m.", "am", "a.m", "p.m.", "pm", "p.m" -> true;
        default -> false;
    };

    /** The TIMEX3 zone of a zone word ("EST" is "-05", "GMT" is "Z"); null for any other token. */
    public static String zone(Token t) {
        if (!t.is(Lex.ZONE)) {
            return null;
        }
        int offset = t.value(Lex.ZONE) - 24;
        if (offset == 0) {
            return "Z";
        }
        return (offset < 0 ? "-" : "+") + String.format("%02d", Math.abs(offset));
    }

    public static boolean isPm(Token t) {
        return t.lower.startsWith("p");
    }
}
