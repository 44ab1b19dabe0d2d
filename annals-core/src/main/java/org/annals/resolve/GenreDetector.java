package org.annals.resolve;

import org.annals.api.Genre;
import org.annals.tagger.Candidate;
import org.annals.tagger.TemporalExpression;
import org.annals.time.PartialTime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether a document is news (relative expressions anchor to its date) or a narrative (they anchor to the
 * story's time): a narrative is a text whose explicit years lie mostly far from its document date, such as a
 * history article downloaded in 2009 about 1939, or an anniversary piece of 2020 about 1950.
 */
public final class GenreDetector {

    /** Years between the document date and the median stated year beyond which a text is a narrative. */
    static final int DISTANCE = 3;

    private GenreDetector() {
    }

    public static Genre detect(List<Candidate> candidates, LocalDate dct) {
        List<Integer> distances = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.expr() instanceof TemporalExpression.Point p) {
                PartialTime t = p.time();
                Integer y = null;
                if (t.year() != null) {
                    y = t.year();
                } else if (t.decade() != null) {
                    y = t.decade() * 10 + 5;
                } else if (t.century() != null) {
                    y = t.century() * 100 + 50;
                }
                if (y != null) {
                    distances.add(Math.abs((t.bc() ? -y : y) - dct.getYear()));
                }
            }
        }
        if (distances.isEmpty()) {
            return Genre.NEWS;
        }
        Collections.sort(distances);
        int median = distances.get(distances.size() / 2);
        return median > DISTANCE ? Genre.NARRATIVE : Genre.NEWS;
    }
}
