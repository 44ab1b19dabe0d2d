package org.annals.text;

/**
 * Word classes of the English lexicon ({@code org/annals/text/en/lexicon.tsv}); a word may have several, each
 * with an integer value (a month's number, a unit's ordinal, a weekday 1-7...).
 */
public enum Lex {
    /** January=1 ... December=12. */
    MONTH,
    /** Monday=1 ... Sunday=7. */
    WEEKDAY,
    /** Spring=0, summer=1, fall=2, winter=3 (PartialTime.Season ordinal). */
    SEASON,
    /** A time unit, value = TimeUnit ordinal (singular or plural). */
    UNIT,
    /** Plural form of a unit ("weeks"), value = TimeUnit ordinal. */
    UNIT_PLURAL,
    /** A unit word worth several of its unit: "fortnight" (value 2: two weeks). */
    UNIT_FACTOR,
    /** first=1, second=2..., also written "1st", "2nd". */
    ORDINAL,
    /** A cardinal number word (one=1...). */
    NUMWORD,
    /** morning, afternoon, evening, night..., value = PartOfDay ordinal. */
    PART_OF_DAY,
    /** A time-of-day word: noon=12, midnight=24. */
    CLOCK_WORD,
    /** Decade words: twenties=2 ... nineties=9. */
    DECADE_WORD,
    /** Time zones (EST, GMT...), value = offset in hours from UTC + 24. */
    ZONE,
    /** Holidays with fixed dates, value = month*100+day. */
    HOLIDAY,
    /** A decade written with digits and "s" ("1950s" = 1950, "50s" = 50, "1800s" = 1800). */
    DECADE_NUM,
    /** A year spelled in words ("nineteen ninety-four" = 1994), set by the tokenizer on the merged token. */
    SPELLED_YEAR,
    /** The last word of a name a time word may start: a street, a newspaper, a place ("Summer Street", "Sunday Times"). */
    NAME_HEAD
}
