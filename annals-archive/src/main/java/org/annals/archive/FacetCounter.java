package org.annals.archive;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the facets of every matching entry from their sorted-set doc values ({@link IndexSchema#FACETS}): entries per year and per month
 * (chronological, all of them) and the {@link #TOP} most frequent participants and places (by count, then name).
 * Counts per segment ordinal, then adds the segment's counts by label.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counting, SearchResult.Facets> {

    /** How many participants and places are listed. */
    static final int TOP = 10;
    /** The facets, in the order of {@link SearchResult.Facets}. */
    private static final char[] FACETS = {IndexSchema.YEAR, IndexSchema.MONTH, IndexSchema.PARTICIPANT,
        IndexSchema.PLACE};

    @Override
    public Counting newCollector() {
        return new Counting();
    }

    @Override
    public SearchResult.Facets reduce(Collection<Counting> collectors) {
        List<Map<String, Long>> totals = new ArrayList<>();
        for (int f = 0; f < FACETS.length; f++) {
            Map<String, Long> sum = new HashMap<>();
            for (Counting c : collectors) {
                c.counts.get(f).forEach((k, v) -> sum.merge(k, v, Long::sum));
            }
            totals.add(sum);
        }
        return new SearchResult.Facets(chronological(totals.get(0)), chronological(totals.get(1)),
                top(totals.get(2)), top(totals.get(3)));
    }

    private static List<SearchResult.Count> chronological(Map<String, Long> m) {
        return m.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new SearchResult.Count(e.getKey(), e.getValue())).toList();
    }

    private static List<SearchResult.Count> top(Map<String, Long> m) {
        return m.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).map(e -> new SearchResult.Count(e.getKey(), e.getValue())).toList();
    }

    /** The index of a facet code in {@link #FACETS}, or -1. */
    private static int facet(char code) {
        for (int f = 0; f < FACETS.length; f++) {
            if (FACETS[f] == code) {
                return f;
            }
        }
        return -1;
    }

    /** Counts one search's matches, segment by segment. */
    static final class Counting implements Collector {
        private final List<Map<String, Long>> counts = new ArrayList<>();

        Counting() {
            for (int f = 0; f < FACETS.length; f++) {
                counts.add(new HashMap<>());
            }
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            SortedSetDocValues values = DocValues.getSortedSet(context.reader(), IndexSchema.FACETS);
            int[] perOrd = new int[(int) values.getValueCount()];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counts only
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (values.advanceExact(doc)) {
                        for (int k = 0, n = values.docValueCount(); k < n; k++) {
                            perOrd[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < perOrd.length; ord++) {
                        if (perOrd[ord] > 0) {
                            String value = values.lookupOrd(ord).utf8ToString();
                            int f = facet(value.charAt(0));
                            if (f >= 0) {
                                counts.get(f).merge(value.substring(1), (long) perOrd[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
