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
 * <p>News speaks from its date: it says "yesterday", "last week", "on Friday", "this year", and most of its stated
 * years lie within a year of its date. A narrative speaks from the story's time: its years lie away from the document
 * date (a history article downloaded in 2009 about 1939, an anniversary piece of 2020 about 1950). A text is news
 * when at least half its stated years are near its date, or when it has deictic cues and names few distinct years
 * (a news story with some background); else it is a narrative (a chronicle that walks through many years).
 */
public final class GenreDetector {

    /** A text that names at most this many distinct years and speaks deictically is news. */
    static final int FEW_YEARS = 4;

    private GenreDetector() {
    }

    public static Genre detect(List<Candidate> candidates, LocalDate dct) {
        List<Integer> distances = new ArrayList<>();
        int cues = 0;
        int near = 0;
        java.util.Set<Integer> distinct = new java.util.HashSet<>();
        for (Candidate c : candidates) {
            TemporalExpression e = c.expr();
            if (e instanceof TemporalExpression.Point p) {
                Integer y = yearOf(p.time());
                if (y != null) {
                    int d = Math.abs(y - dct.getYear());
                    distinct.add(y);
                    distances.add(d);
                    if (d <= 1) {
                        near++;
                    }
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
        int far = distances.size() - near;
        if (median <= 1 || near >= far || cues >= 1 && distinct.size() <= FEW_YEARS) {
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
