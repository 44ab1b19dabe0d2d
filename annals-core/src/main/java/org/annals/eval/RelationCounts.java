package org.annals.eval;

/**
 * Temporal awareness counts (TempEval-3, UzZaman and Allen), summed over documents.
 *
 * @param system        relations in the reduced system graphs
 * @param systemCorrect of those, the ones the closed gold graph entails
 * @param gold          relations in the reduced gold graphs
 * @param goldCorrect   of those, the ones the closed system graph entails
 * @param documents     documents scored
 */
public record RelationCounts(int system, int systemCorrect, int gold, int goldCorrect, int documents) {

    public static final RelationCounts ZERO = new RelationCounts(0, 0, 0, 0, 0);

    public RelationCounts plus(RelationCounts o) {
        return new RelationCounts(system + o.system, systemCorrect + o.systemCorrect, gold + o.gold,
                goldCorrect + o.goldCorrect, documents + o.documents);
    }

    /** P = |Sys⁻ ∩ Ref⁺| / |Sys⁻|, R = |Ref⁻ ∩ Sys⁺| / |Ref⁻|, F1 their harmonic mean (1 with nothing on either side). */
    public Prf prf() {
        if (system == 0 && gold == 0) {
            return new Prf(1, 1, 1);
        }
        double p = system == 0 ? 0 : (double) systemCorrect / system;
        double r = gold == 0 ? 0 : (double) goldCorrect / gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** {@code relations P=.. R=.. F1=..} (temporal awareness, percent). */
    public String summaryLine() {
        return "relations " + prf();
    }
}
