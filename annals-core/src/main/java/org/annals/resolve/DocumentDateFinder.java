package org.annals.resolve;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.text.Token;
import org.annals.text.WordLists;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the publication date in the text itself: a full date (year, month, day) in a byline or dateline near the
 * top ("written by X / November 2, 2020", "WASHINGTON (AP) Mar 22, 2013 —", "Published: 2013-03-22",
 * "Posted on Monday, March 22, 2013").
 */
public final class DocumentDateFinder {

    /** How far into the text a byline may stand. */
    static final int HEAD_CHARS = 1500;
    /** A line holding only a date and a few words is a byline line. */
    static final int SHORT_LINE = 100;
    /** How far from the start of its line a date after a cue word ("published", "by") may stand. */
    static final int CUE_LINE_START = 60;

    /** Words before a date that make it the publication date: {@code byline.tsv}. */
    private static final Set<String> CUES = WordLists.load(DocumentDateFinder.class,
            "/org/annals/resolve/en/byline.tsv").get("cues");

    private DocumentDateFinder() {
    }

    /** The byline date, if the candidates hold one near the top of the text. */
    public static Optional<LocalDate> find(String text, List<Token> tokens, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            int begin = c.begin(tokens);
            if (begin > HEAD_CHARS) {
                break;
            }
            if (!(c.expr() instanceof TemporalExpression.Point p)) {
                continue;
            }
            PartialTime t = p.time();
            if (t.date() == null || t.bc()) {
                continue;
            }
            int end = c.end(tokens);
            if (shortLine(text, begin, end) && !inProse(text, tokens, c) || dateline(text, tokens, c)
                    || cue(tokens, c) && nearLineStart(text, begin)) {
                return Optional.of(t.date());
            }
        }
        return Optional.empty();
    }

    /** True when the line around [begin, end) holds at most {@link #SHORT_LINE} non-blank characters; looks no
     * further than that on either side, so a text without line breaks costs nothing extra. */
    static boolean shortLine(String text, int begin, int end) {
        int budget = SHORT_LINE - (end - begin);
        int i = begin - 1;
        int seen = 0;
        while (i >= 0 && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i)) && ++seen > budget) {
                return false;
            }
            i--;
        }
        for (int j = end; j < text.length() && text.charAt(j) != '\n'; j++) {
            if (!Character.isWhitespace(text.charAt(j)) && ++seen > budget) {
                return false;
            }
        }
        return true;
    }

    /** The most words a byline line holds besides its date ("By JOHN SMITH and ANN LEE, staff writers"). */
    static final int BYLINE_WORDS = 8;

    /**
     * A short line that is prose, not a byline: hard-wrapped text ("... The building was first opened on May 5,
     * 1921, and a second wing was added in 1950.") has short lines too. It is prose when the line holds more words
     * than a byline, or continues a sentence from the line before (that line ends in a word or a comma, not in a
     * stop, a colon or a heading's end, and is no line of its own).
     */
    static boolean inProse(String text, List<Token> tokens, Candidate c) {
        int begin = c.begin(tokens);
        int lineStart = text.lastIndexOf('\n', begin - 1) + 1;
        int lineEnd = text.indexOf('\n', c.end(tokens));
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int words = 0;
        for (int i = c.start() - 1; i >= 0 && tokens.get(i).begin >= lineStart; i--) {
            if (tokens.get(i).kind == Token.Kind.WORD && ++words > BYLINE_WORDS) {
                return true;
            }
        }
        for (int i = c.end(); i < tokens.size() && tokens.get(i).begin < lineEnd; i++) {
            if (tokens.get(i).kind == Token.Kind.WORD && ++words > BYLINE_WORDS) {
                return true;
            }
        }
        // the line before, when there is one right above (no blank line between)
        int prevEnd = lineStart - 1;
        if (prevEnd <= 0) {
            return false;
        }
        int j = prevEnd - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        if (j < 0 || text.charAt(j) == '\n') {
            return false;
        }
        char last = text.charAt(j);
        if (Character.isLetterOrDigit(last) || last == ',') {
            // a heading or a name line ("written by Lev Koufax", "Local news") is short and ends in a word too: only
            // a long line above, wrapped prose, continues into this one
            int prevStart = text.lastIndexOf('\n', j) + 1;
            return j - prevStart + 1 > SHORT_LINE / 2 + 10;
        }
        return false;
    }

    /** A byline cue counts only near the start of its line ("Published: ...", "Posted on Monday, ..."), not in the
     * middle of a sentence ("... finally published its report on March 3, 2011, ..."). */
    static boolean nearLineStart(String text, int begin) {
        for (int i = begin - 1, n = 0; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (++n > CUE_LINE_START) {
                return false;
            }
        }
        return true;
    }

    /** "WASHINGTON (AP) Mar 22, 2013 —": a dash or "--" right after the date. */
    private static boolean dateline(String text, List<Token> tokens, Candidate c) {
        if (c.end() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(c.end());
        return next.text.equals("\u2014") || next.text.equals("\u2013") || next.isPunct('-');
    }

    private static boolean cue(List<Token> tokens, Candidate c) {
        for (int i = Math.max(0, c.start() - 4); i < c.start(); i++) {
            if (CUES.contains(tokens.get(i).lower)) {
                return true;
            }
        }
        return false;
    }
}
