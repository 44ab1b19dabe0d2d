package org.annals.resolve;

import org.annals.expression.Candidate;
import org.annals.expression.TemporalExpression;
import org.annals.expression.TemporalExpression.AnchorKind;
import org.annals.model.Genre;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a document is news (relative expressions anchor to its date) or a narrative (they anchor to the
 * story's time).
 *
 * <p>News speaks from its date: it says "yesterday", "last week", "on Friday", "this year" (deictic cues), and its
 * stated years lie near its date. A narrative speaks from the story's time: its years lie away from the document
 * date (a history article downloaded in 2009 about 1939, an anniversary piece of 2020 about 1950) and it seldom
 * speaks deictically. A text is news when its far years (more than a year from its date) are no more than its near
 * ones or fewer than {@value #MIN_FAR}, or, when it has deictic cues, no more than its near ones plus
 * {@value #FAR_PER_CUE} per cue (plus {@value #FAR_PER_CUE}); else it is a narrative. On the development data this separates all 11 WikiWars articles
 * from the TempEval-3 news but for a few short news items with no deictic cue.
 */
public final class GenreDetector {

    /** Far years a deictic cue or a near year can outweigh. */
    static final int FAR_PER_CUE = 4;

    /** Without a document date, a narrative names more than this many years per deictic cue. */
    static final int YEARS_PER_CUE = 2;
    /** A narrative names at least this many far years; with fewer, a text is news with some background. */
    static final int MIN_FAR = 3;

    private GenreDetector() {
    }

    /**
     * The genre of a document whose date is {@code dct}. With no date (null), a text that gives years, more than
     * {@value #YEARS_PER_CUE} for each deictic cue ("yesterday", "last week", "the decade"), is a narrative: its
     * relative times then come from its own dates; else news, where what needs the document date stays unknown.
     */
    public static Genre detect(List<Candidate> candidates, LocalDate dct) {
        List<Integer> distances = new ArrayList<>();
        int cues = 0;
        int near = 0;

        for (Candidate c : candidates) {
            TemporalExpression e = c.expr();
            if (e instanceof TemporalExpression.Point p) {
                Integer y = yearOf(p.time());
                if (y != null) {
                    int d = dct == null ? Integer.MAX_VALUE : Math.abs(y - dct.getYear());

                    distances.add(d);
                    if (d <= 1) {
                        near++;
                    }
                }
            } else if (e instanceof TemporalExpression.DayShift d && d.anchor() == AnchorKind.DOCUMENT
                    || e instanceof TemporalExpression.Weekday w && w.anchor() == AnchorKind.DEICTIC
                    || e instanceof TemporalExpression.UnitShift u && u.anchor() == AnchorKind.DEICTIC) {
                cues++;
            }
        }
        if (dct == null) {
            // no document date: a text that dates itself by its years far more often than it points at "now" is told
            // from its own dates (one "the end of the decade" in a history of 1961 to 1969 is the story's decade)
            return !distances.isEmpty() && distances.size() > YEARS_PER_CUE * cues ? Genre.NARRATIVE : Genre.NEWS;
        }
        int far = distances.size() - near;
        if (far <= near || far < MIN_FAR) {
            return Genre.NEWS;
        }
        if (cues > 0 && far <= FAR_PER_CUE * (cues + 1) + near) {
            return Genre.NEWS;
        }
        return Genre.NARRATIVE;
    }

    private static Integer yearOf(PartialTime t) {
        Integer y = null;
        if (t.year() != null) {
            y = t.year();
        } else if (t.decade() != null) {
            y = t.decade() * 10 + 5;
        } else if (t.century() != null) {
            y = t.century() * 100 + 50;
        }
        if (y != null && t.bc()) {
            return -y;
        }
        return y;
    }
}
