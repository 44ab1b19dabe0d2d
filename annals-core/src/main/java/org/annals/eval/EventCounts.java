package org.annals.eval;

import org.annals.event.Event;
import org.annals.gold.GoldEvent;

import java.util.List;

/**
 * Event scores as in TempEval-3 Task B: strict (same span) and relaxed (overlapping) matches, paired one to one in
 * text order, and class matches among the relaxed pairs.
 *
 * @param gold    gold events
 * @param system  system events
 * @param strict  pairs with identical spans
 * @param relaxed overlapping pairs
 * @param cls     overlapping pairs with the gold class
 */
public record EventCounts(int gold, int system, int strict, int relaxed, int cls) {

    public static final EventCounts ZERO = new EventCounts(0, 0, 0, 0, 0);

    public EventCounts plus(EventCounts o) {
        return new EventCounts(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed,
                cls + o.cls);
    }

    public Prf strictPrf() {
        return Prf.of(strict, system, gold);
    }

    public Prf relaxedPrf() {
        return Prf.of(relaxed, system, gold);
    }

    /** Class F1 as TempEval-3 reports it: correct class among overlapping pairs, over all gold and system events. */
    public Prf classPrf() {
        return Prf.of(cls, system, gold);
    }

    /** Scores one document's events (both lists in text order). */
    public static EventCounts score(List<GoldEvent> gold, List<Event> system) {
        int strict = 0;
        int relaxed = 0;
        int cls = 0;
        int j = 0;
        for (GoldEvent g : gold) {
            while (j < system.size() && system.get(j).end() <= g.begin()) {
                j++;
            }
            if (j < system.size() && system.get(j).begin() < g.end()) {
                Event s = system.get(j);
                relaxed++;
                if (s.begin() == g.begin() && s.end() == g.end()) {
                    strict++;
                }
                if (s.eventClass().name().equals(g.cls())) {
                    cls++;
                }
                j++;
            }
        }
        return new EventCounts(gold.size(), system.size(), strict, relaxed, cls);
    }

    /** {@code events strict-F1=.. relaxed-F1=.. class-F1=..}. */
    public String summaryLine() {
        return "events strict-F1=" + Prf.pct(strictPrf().f1()) + " relaxed-F1=" + Prf.pct(relaxedPrf().f1())
                + " class-F1=" + Prf.pct(classPrf().f1());
    }
}
