package org.annals.eval;

import java.util.List;

/**
 * The result of an evaluation: per-document results, their summed counts and the P/R/F1 scores.
 *
 * <p>Failed documents (unreadable, or the tagger threw) are listed but not counted in the scores.
 *
 * @param format    the gold format, which decides the measures reported
 * @param documents per-document results in file order
 * @param events    event counts summed over the documents, or null when events were not scored
 * @param relations temporal awareness counts summed over the documents, or null when relations were not scored
 */
public record EvalResult(GoldFormat format, List<DocumentResult> documents, EventCounts events,
                         RelationCounts relations) {

    public EvalResult {
        documents = List.copyOf(documents);
    }

    /** A result without event scores. */
    public EvalResult(GoldFormat format, List<DocumentResult> documents) {
        this(format, documents, null, null);
    }

    /** A result without relation scores. */
    public EvalResult(GoldFormat format, List<DocumentResult> documents, EventCounts events) {
        this(format, documents, events, null);
    }

    /**
     * {@code relations P=.. R=.. F1=..} (temporal awareness), or null when relations were not scored. Printed after
     * the event line, before {@link #summaryLine()}.
     */
    public String relationSummaryLine() {
        return relations == null ? null : relations.summaryLine();
    }

    /**
     * {@code events strict-F1=NN.NN relaxed-F1=NN.NN class-F1=NN.NN}, or null when events were not scored. Printed
     * just before {@link #summaryLine()}, which stays the last line.
     */
    public String eventSummaryLine() {
        return events == null ? null : events.summaryLine();
    }

    /** The counts summed over the documents that were scored. */
    public Counts counts() {
        Counts c = Counts.ZERO;
        for (DocumentResult d : documents) {
            c = c.plus(d.counts());
        }
        return c;
    }

    /** The number of documents that could not be read or tagged. */
    public int failed() {
        return (int) documents.stream().filter(DocumentResult::failed).count();
    }

    /** Strict extent match (TIMEX3: token extents; TIMEX2: trimmed character spans). */
    public Prf strict() {
        return counts().strictPrf();
    }

    /** Relaxed (TIMEX3) or lenient (TIMEX2) match: the extents overlap. */
    public Prf relaxed() {
        return counts().relaxedPrf();
    }

    /** Overlapping pairs with the gold value (TIMEX2: "lenient+value"). */
    public Prf value() {
        return counts().valuePrf();
    }

    /** Overlapping pairs with the gold type (TIMEX3 only). */
    public Prf type() {
        return counts().typePrf();
    }

    /**
     * One line of F1 percentages: {@code strict-F1=NN.NN relaxed-F1=NN.NN value-F1=NN.NN type-F1=NN.NN} for TimeML,
     * {@code strict-F1=NN.NN relaxed-F1=NN.NN value-F1=NN.NN} for TIMEX2 (where relaxed is lenient).
     */
    public String summaryLine() {
        Counts c = counts();
        String line = "strict-F1=" + Prf.pct(c.strictPrf().f1()) + " relaxed-F1=" + Prf.pct(c.relaxedPrf().f1())
                + " value-F1=" + Prf.pct(c.valuePrf().f1());
        return format == GoldFormat.TIMEML ? line + " type-F1=" + Prf.pct(c.typePrf().f1()) : line;
    }

    /** A multi-line report: documents, counts, and P/R/F1 of each measure. */
    public String report() {
        Counts c = counts();
        StringBuilder b = new StringBuilder();
        b.append("documents: ").append(documents.size()).append(" (failed: ").append(failed()).append(")\n");
        b.append("gold: ").append(c.gold()).append("  system: ").append(c.system()).append('\n');
        if (format == GoldFormat.TIMEML) {
            line(b, "strict", c.strict(), c.strictPrf());
            line(b, "relaxed", c.relaxed(), c.relaxedPrf());
            line(b, "value", c.value(), c.valuePrf());
            line(b, "type", c.type(), c.typePrf());
            if (events != null) {
                b.append("events gold: ").append(events.gold()).append("  system: ").append(events.system())
                        .append('\n');
                line(b, "event strict", events.strict(), events.strictPrf());
                line(b, "event relaxed", events.relaxed(), events.relaxedPrf());
                line(b, "event class", events.cls(), events.classPrf());
            }
            if (relations != null) {
                b.append("relations: documents ").append(relations.documents()).append("  gold reduced: ")
                        .append(relations.gold()).append("  system reduced: ").append(relations.system())
                        .append('\n');
                line(b, "awareness", relations.systemCorrect(), relations.prf());
            }
        } else {
            line(b, "lenient", c.relaxed(), c.relaxedPrf());
            line(b, "strict", c.strict(), c.strictPrf());
            line(b, "lenient+value", c.value(), c.valuePrf());
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String name, int correct, Prf prf) {
        b.append(String.format(java.util.Locale.ROOT, "%-14s %s  (%d)%n", name, prf, correct));
    }
}
