package org.annals.resolve;

import org.annals.api.Genre;
import org.annals.tagger.Candidate;
import org.annals.tagger.TemporalExpression;
import org.annals.tagger.TemporalExpression.Anchor;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether a document is news (relative expressions anchor to its date) or a narrative (they anchor to the
 * story's time).
 *
 * <p>News speaks from its date: it says "yesterday", "last week", "on Friday", "this year". A narrative speaks from
 * the story's time: its explicit years lie away from the document date (a history article downloaded in 2009 about
 * 1939, an anniversary piece of 2020 about 1950) and it has no such deictic words. A text is a narrative when it has
 * no deictic cue and the median distance of its stated years from the document date is more than a year, or one
 * cue only and a distance of more than {@value #FAR} years.
 */
public final class GenreDetector {

    /** Median distance in years beyond which a text is a narrative even with deictic cues. */
    static final int FAR = 25;

    private GenreDetector() {
    }

    public static Genre detect(List<Candidate> candidates, LocalDate dct) {
        List<Integer> distances = new ArrayList<>();
        int cues = 0;
        for (Candidate c : candidates) {
            TemporalExpression e = c.expr();
            if (e instanceof TemporalExpression.Point p) {
                Integer y = yearOf(p.time());
                if (y != null) {
                    distances.add(Math.abs(y - dct.getYear()));
                }
            } else if (e instanceof TemporalExpression.DayShift d && d.anchor() == Anchor.DOCUMENT
                    || e instanceof TemporalExpression.Weekday w && w.anchor() == Anchor.DEICTIC
                    || e instanceof TemporalExpression.UnitShift u && u.anchor() == Anchor.DEICTIC) {
                cues++;
            }
        }
        if (distances.isEmpty()) {
            return Genre.NEWS;
        }
        Collections.sort(distances);
        int median = distances.get(distances.size() / 2);
        if (median <= 1 || cues >= 2 || cues == 1 && median <= FAR) {
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
