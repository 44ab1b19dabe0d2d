package org.annals.bench;

/**
 * Text made to find super-linear behaviour in the tagger: long runs of digits, month names, "of the" chains, repeated
 * tokens and near-dates, with no line breaks at all.
 */
final class AdversarialText {

    private static final String[] PIECES = {
        "January February March April May June July August September October November December ",
        "of the of the of the of the of the of the of the of the ",
        "May may MAY May 5 5 5 5 5 the the the ",
        "1950-10-25 25 Oct. 1950 Oct. 25, 1950 the 1950s the 2000s last week next month ",
        "seventy years ago three days later every Tuesday 12:30 p.m. since 1950 until 2020 ",
        "from 1950 to 1953 and from 1960 to 1963 and from 1970 to 1973 ",
        "spring summer fall winter spring summer fall winter ",
    };

    private AdversarialText() {
    }

    /** A text of exactly {@code length} characters. */
    static String of(int length) {
        StringBuilder sb = new StringBuilder(length + 512);
        String digits = "1234567890".repeat(30) + " ";
        int i = 0;
        while (sb.length() < length) {
            sb.append(PIECES[i % PIECES.length]);
            if (i % 3 == 0) {
                sb.append(digits);
            }
            i++;
        }
        sb.setLength(length);
        return sb.toString();
    }
}
