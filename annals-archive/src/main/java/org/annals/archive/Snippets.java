package org.annals.archive;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Highlighted snippets of one stored field of the hits (Lucene's {@link UnifiedHighlighter}, offsets from the
 * postings): each passage apart, formatted by {@link MarkFormatter}. Terms of every searched field are marked.
 * Without a match in a hit, its first passages are given. Thread-safe; made once per searcher (it caches the
 * index's field information).
 */
final class Snippets extends UnifiedHighlighter {

    /** How much of a field is looked at: the whole of any news-sized text. */
    private static final int MAX_LENGTH = 1 << 20;

    private Snippets(Builder b) {
        super(b);
    }

    /** Passages of about a sentence (documents). */
    static Snippets sentences(IndexSearcher searcher, Analyzer analyzer) {
        return build(searcher, analyzer, () -> BreakIterator.getSentenceInstance(Locale.ROOT));
    }

    /** The whole field as one passage (an entry's sentence). */
    static Snippets whole(IndexSearcher searcher, Analyzer analyzer) {
        return build(searcher, analyzer, org.apache.lucene.search.uhighlight.WholeBreakIterator::new);
    }

    private static Snippets build(IndexSearcher searcher, Analyzer analyzer, Supplier<BreakIterator> breaks) {
        return new Snippets(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withBreakIterator(breaks)
                .withFieldMatcher(field -> true)
                .withWeightMatches(false)
                .withMaxLength(MAX_LENGTH));
    }

    /** For each doc id (any order), its passages of {@code field}, best first; empty when the field is empty. */
    List<List<String>> of(String field, Query query, int[] docIds, int passages) throws IOException {
        List<List<String>> out = new ArrayList<>(docIds.length);
        if (docIds.length == 0) {
            return out;
        }
        Map<String, Object[]> found = highlightFieldsAsObjects(new String[] {field}, query, docIds,
                new int[] {passages});
        Object[] perDoc = found.get(field);
        for (int k = 0; k < docIds.length; k++) {
            Object o = perDoc == null ? null : perDoc[k];
            List<String> list = new ArrayList<>();
            if (o instanceof List<?> l) {
                for (Object s : l) {
                    list.add((String) s);
                }
            }
            out.add(list);
        }
        return out;
    }
}
