package org.annals.eval;

import org.annals.event.Event;
import org.annals.event.TLink;
import org.annals.gold.GoldEvent;
import org.annals.gold.GoldTLink;
import org.annals.gold.GoldTimex;
import org.annals.model.Timex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TempEval-3 temporal awareness of one document, end to end (UzZaman and Allen 2011, as the TempEval-3 scorer
 * measures it): P = |Sys⁻ ∩ Ref⁺| / |Sys⁻|, R = |Ref⁻ ∩ Sys⁺| / |Ref⁻|, where ⁺ is the closure and ⁻ the reduced graph
 * of {@link TemporalGraph}, and a relation is "in" a closure when the closure entails it.
 *
 * <p>System nodes are first renamed to the gold nodes they match: a system event matches the first unpaired gold event
 * (in text order) whose span overlaps it, one to one; the same for time expressions; {@code t0} is {@code t0}. A
 * system node without a match keeps a name no gold node has, so relations touching it count in |Sys⁻| and are never
 * correct, and gold relations touching an unmatched gold node are never entailed by the system.
 */
public final class RelationScorer {

    private RelationScorer() {
    }

    /**
     * @param goldEvents  gold events in text order
     * @param goldTimexes gold times in text order
     * @param goldLinks   gold relations over gold eids/tids and t0 (VAGUE and unknown types are skipped)
     * @param events      system events in text order
     * @param timexes     system times in text order
     * @param links       system TLINKs over system eids/tids and t0
     */
    public static RelationCounts score(List<GoldEvent> goldEvents, List<GoldTimex> goldTimexes,
                                       List<GoldTLink> goldLinks, List<Event> events, List<Timex> timexes,
                                       List<TLink> links) {
        return scoreSpans(goldEvents, goldTimexes, goldLinks,
                events.stream().map(e -> new Span(e.eid(), e.begin(), e.end())).toList(),
                timexes.stream().map(t -> new Span(t.tid(), t.begin(), t.end())).toList(), links);
    }

    /** {@link #score(List, List, List, List, List, List)} with the system events and times as id and span. */
    public static RelationCounts scoreSpans(List<GoldEvent> goldEvents, List<GoldTimex> goldTimexes,
                                            List<GoldTLink> goldLinks, List<Span> events, List<Span> timexes,
                                       List<TLink> links) {
        Map<String, String> rename = new HashMap<>();
        rename.put("t0", "t0");
        match(goldEvents.stream().map(g -> new Span(g.eid(), g.begin(), g.end())).toList(), events, rename);
        match(goldTimexes.stream().map(g -> new Span(g.id(), g.begin(), g.end())).toList(), timexes, rename);
        List<TemporalGraph.Relation> sys = new ArrayList<>();
        for (TLink l : links) {
            TemporalGraph.Rel r = TemporalGraph.Rel.parse(l.relation().name());
            if (r != null) {
                sys.add(new TemporalGraph.Relation(renamed(rename, l.source()), renamed(rename, l.target()), r));
            }
        }
        List<TemporalGraph.Relation> ref = new ArrayList<>();
        for (GoldTLink l : goldLinks) {
            TemporalGraph.Rel r = TemporalGraph.Rel.parse(l.relType());
            if (r != null) {
                ref.add(new TemporalGraph.Relation(l.source(), l.target(), r));
            }
        }
        return score(ref, sys);
    }

    /** Awareness of a system graph against a reference graph over the same node names. */
    public static RelationCounts score(List<TemporalGraph.Relation> reference, List<TemporalGraph.Relation> system) {
        TemporalGraph refGraph = TemporalGraph.of(reference);
        TemporalGraph sysGraph = TemporalGraph.of(system);
        List<TemporalGraph.Relation> sysReduced = sysGraph.reduced();
        List<TemporalGraph.Relation> refReduced = refGraph.reduced();
        int sysCorrect = 0;
        for (TemporalGraph.Relation r : sysReduced) {
            if (refGraph.entails(r)) {
                sysCorrect++;
            }
        }
        int refCorrect = 0;
        for (TemporalGraph.Relation r : refReduced) {
            if (sysGraph.entails(r)) {
                refCorrect++;
            }
        }
        return new RelationCounts(sysReduced.size(), sysCorrect, refReduced.size(), refCorrect, 1);
    }

    /**
     * The gold node each system node matches (system id to gold id; {@code t0} to {@code t0}), by the rules of
     * {@link #score}: events and times each to the first unpaired overlapping one, in text order.
     */
    public static Map<String, String> matches(List<GoldEvent> goldEvents, List<GoldTimex> goldTimexes,
                                              List<Event> events, List<Timex> timexes) {
        Map<String, String> rename = new HashMap<>();
        rename.put("t0", "t0");
        match(goldEvents.stream().map(g -> new Span(g.eid(), g.begin(), g.end())).toList(),
                events.stream().map(e -> new Span(e.eid(), e.begin(), e.end())).toList(), rename);
        match(goldTimexes.stream().map(g -> new Span(g.id(), g.begin(), g.end())).toList(),
                timexes.stream().map(t -> new Span(t.tid(), t.begin(), t.end())).toList(), rename);
        return rename;
    }

    private static String renamed(Map<String, String> rename, String id) {
        String g = rename.get(id);
        return g != null ? g : "sys:" + id;
    }

    /** A node of a document: its id and character span. */
    public record Span(String id, int begin, int end) {
    }

    /** Pairs each gold span with the first unpaired overlapping system span (both in text order), one to one. */
    private static void match(List<Span> gold, List<Span> system, Map<String, String> rename) {
        List<Span> g = new ArrayList<>(gold);
        g.sort((x, y) -> x.begin != y.begin ? Integer.compare(x.begin, y.begin) : Integer.compare(y.end, x.end));
        boolean[] used = new boolean[system.size()];
        for (Span gs : g) {
            if (gs.id == null) {
                continue;
            }
            for (int j = 0; j < system.size(); j++) {
                Span s = system.get(j);
                if (!used[j] && s.id != null && s.begin < gs.end && gs.begin < s.end) {
                    used[j] = true;
                    rename.put(s.id, gs.id);
                    break;
                }
            }
        }
    }
}
