package org.annals.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A graph of TimeML temporal relations between intervals (events, times), reasoned about through their endpoints:
 * the graph behind TempEval-3 temporal awareness ({@link RelationScorer}).
 *
 * <p>Each node {@code x} has a start point {@code x.s} and an end point {@code x.e} with {@code x.s < x.e}. Each
 * relation is a conjunction of point constraints ({@code <} or {@code =}), see {@link Rel}. The closure is the set of
 * point constraints {@code p < q}, {@code p <= q} entailed by these: for a consistent conjunction of {@code <, <=, =}
 * constraints, {@code p < q} is entailed exactly when a path of constraints leads from p to q through at least one
 * {@code <}, and {@code p = q} exactly when paths lead both ways (no {@code <} on them), so the closure is sound and
 * complete for this algebra. It is kept as a matrix over the 2N points and updated at each relation added
 * (O(points²) per relation).
 *
 * <p>Relations are added in order; one that contradicts the relations before it (would make some point earlier than
 * itself) is refused and counted in {@link #refused()}. A relation is <b>entailed</b> ({@link #entails}) when all
 * its point constraints are in the closure. The <b>reduced</b> graph ({@link #reduced()}) keeps the accepted
 * relations, minus duplicates, minus, walking them from the last to the first, each one entailed by the others still
 * kept: a minimal subset with the same closure.
 */
public final class TemporalGraph {

    /**
     * TimeML relation types between intervals a and b, with their point constraints.
     * DURING, DURING_INV and IDENTITY read as SIMULTANEOUS, as the TempEval-3 scorer reads them.
     */
    public enum Rel {
        /** a.e &lt; b.s */
        BEFORE,
        /** b.e &lt; a.s */
        AFTER,
        /** a.e = b.s */
        IBEFORE,
        /** b.e = a.s */
        IAFTER,
        /** a.s &lt; b.s, b.e &lt; a.e */
        INCLUDES,
        /** b.s &lt; a.s, a.e &lt; b.e */
        IS_INCLUDED,
        /** a.s = b.s, a.e &lt; b.e */
        BEGINS,
        /** a.s = b.s, b.e &lt; a.e */
        BEGUN_BY,
        /** a.e = b.e, b.s &lt; a.s */
        ENDS,
        /** a.e = b.e, a.s &lt; b.s */
        ENDED_BY,
        /** a.s = b.s, a.e = b.e */
        SIMULTANEOUS;

        /** The TimeML relType as a relation, or null for VAGUE, empty or unknown types. */
        public static Rel parse(String relType) {
            if (relType == null) {
                return null;
            }
            String t = relType.strip().toUpperCase(Locale.ROOT);
            return switch (t) {
                case "DURING", "DURING_INV", "IDENTITY", "SIMULTANEOUS" -> SIMULTANEOUS;
                case "BEFORE", "AFTER", "IBEFORE", "IAFTER", "INCLUDES", "IS_INCLUDED", "BEGINS", "BEGUN_BY", "ENDS",
                     "ENDED_BY" -> valueOf(t);
                default -> null;
            };
        }

        /** The same relation seen from b. */
        public Rel inverse() {
            return switch (this) {
                case BEFORE -> AFTER;
                case AFTER -> BEFORE;
                case IBEFORE -> IAFTER;
                case IAFTER -> IBEFORE;
                case INCLUDES -> IS_INCLUDED;
                case IS_INCLUDED -> INCLUDES;
                case BEGINS -> BEGUN_BY;
                case BEGUN_BY -> BEGINS;
                case ENDS -> ENDED_BY;
                case ENDED_BY -> ENDS;
                case SIMULTANEOUS -> SIMULTANEOUS;
            };
        }
    }

    /** A relation {@code a rel b} between two node ids. */
    public record Relation(String a, String b, Rel rel) {
        public Relation {
            if (a == null || b == null || rel == null) {
                throw new IllegalArgumentException("relation needs two nodes and a type");
            }
        }

        /** The same relation seen from b. */
        public Relation inverse() {
            return new Relation(b, a, rel.inverse());
        }
    }

    /** A point constraint: {@code p < q} (strict) or {@code p = q}. Points are 2·node (start) and 2·node+1 (end). */
    private record Constraint(int p, int q, boolean strict) {
    }

    private static final byte NONE = 0;
    private static final byte LE = 1;
    private static final byte LT = 2;

    private final Map<String, Integer> nodes = new LinkedHashMap<>();
    private final List<Relation> accepted = new ArrayList<>();
    private int refused;
    private int points;
    private byte[] m = new byte[0];   // m[x * points + y]: NONE, LE (x <= y) or LT (x < y)

    private TemporalGraph() {
    }

    /** The graph of these relations, added in order (self relations and contradicting ones refused). */
    public static TemporalGraph of(List<Relation> relations) {
        TemporalGraph g = new TemporalGraph();
        for (Relation r : relations) {
            g.node(r.a());
            g.node(r.b());
        }
        g.points = 2 * g.nodes.size();
        g.m = new byte[g.points * g.points];
        for (int x = 0; x < g.points; x++) {
            g.m[x * g.points + x] = LE;
        }
        for (int n = 0; n < g.nodes.size(); n++) {
            g.add(g.m, 2 * n, 2 * n + 1, LT);
        }
        for (Relation r : relations) {
            g.add(r);
        }
        return g;
    }

    private void node(String id) {
        nodes.putIfAbsent(id, nodes.size());
    }

    private void add(Relation r) {
        if (r.a().equals(r.b())) {
            refused++;
            return;
        }
        byte[] copy = m.clone();
        for (Constraint c : constraints(r)) {
            if (c.strict) {
                add(copy, c.p, c.q, LT);
            } else {
                add(copy, c.p, c.q, LE);
                add(copy, c.q, c.p, LE);
            }
        }
        for (int x = 0; x < points; x++) {
            if (copy[x * points + x] == LT) {
                refused++;
                return;
            }
        }
        m = copy;
        accepted.add(r);
    }

    /** Adds p <= q (or p < q) to a closed matrix, closing it again. */
    private void add(byte[] mat, int p, int q, byte strength) {
        int n = points;
        for (int x = 0; x < n; x++) {
            byte xp = mat[x * n + p];
            if (xp == NONE) {
                continue;
            }
            for (int y = 0; y < n; y++) {
                byte qy = mat[q * n + y];
                if (qy == NONE) {
                    continue;
                }
                byte s = xp == LT || strength == LT || qy == LT ? LT : LE;
                if (mat[x * n + y] < s) {
                    mat[x * n + y] = s;
                }
            }
        }
    }

    private List<Constraint> constraints(Relation r) {
        int a = nodes.get(r.a());
        int b = nodes.get(r.b());
        int as = 2 * a;
        int ae = 2 * a + 1;
        int bs = 2 * b;
        int be = 2 * b + 1;
        return switch (r.rel()) {
            case BEFORE -> List.of(new Constraint(ae, bs, true));
            case AFTER -> List.of(new Constraint(be, as, true));
            case IBEFORE -> List.of(new Constraint(ae, bs, false));
            case IAFTER -> List.of(new Constraint(be, as, false));
            case INCLUDES -> List.of(new Constraint(as, bs, true), new Constraint(be, ae, true));
            case IS_INCLUDED -> List.of(new Constraint(bs, as, true), new Constraint(ae, be, true));
            case BEGINS -> List.of(new Constraint(as, bs, false), new Constraint(ae, be, true));
            case BEGUN_BY -> List.of(new Constraint(as, bs, false), new Constraint(be, ae, true));
            case ENDS -> List.of(new Constraint(ae, be, false), new Constraint(bs, as, true));
            case ENDED_BY -> List.of(new Constraint(ae, be, false), new Constraint(as, bs, true));
            case SIMULTANEOUS -> List.of(new Constraint(as, bs, false), new Constraint(ae, be, false));
        };
    }

    /** Whether the closure holds all point constraints of r (false when a node is not in the graph). */
    public boolean entails(Relation r) {
        if (!nodes.containsKey(r.a()) || !nodes.containsKey(r.b()) || r.a().equals(r.b())) {
            return false;
        }
        for (Constraint c : constraints(r)) {
            if (c.strict ? m[c.p * points + c.q] != LT
                    : m[c.p * points + c.q] != LE || m[c.q * points + c.p] != LE) {
                return false;
            }
        }
        return true;
    }

    /** The relations accepted, in order. */
    public List<Relation> relations() {
        return List.copyOf(accepted);
    }

    /** How many relations were refused (contradicting the ones before them, or relating a node to itself). */
    public int refused() {
        return refused;
    }

    /**
     * A minimal subset of the accepted relations with the same closure: duplicates dropped, then, from the last
     * relation to the first, each relation entailed by the others still kept is dropped. Each check is a search over
     * the point graph of the kept relations (O(points + constraints)).
     */
    public List<Relation> reduced() {
        int n = accepted.size();
        List<List<Constraint>> cs = new ArrayList<>(n);
        for (Relation r : accepted) {
            cs.add(constraints(r));
        }
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, true);
        for (int i = n - 1; i >= 0; i--) {
            kept[i] = false;
            boolean entailed = true;
            for (Constraint c : cs.get(i)) {
                if (c.strict ? !reaches(cs, kept, c.p, c.q, true)
                        : !reaches(cs, kept, c.p, c.q, false) || !reaches(cs, kept, c.q, c.p, false)) {
                    entailed = false;
                    break;
                }
            }
            kept[i] = !entailed;
        }
        List<Relation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kept[i]) {
                out.add(accepted.get(i));
            }
        }
        return out;
    }

    /** Whether q can be reached from p over the kept constraints and the nodes' start < end (strict: through a <). */
    private boolean reaches(List<List<Constraint>> cs, boolean[] kept, int p, int q, boolean strict) {
        List<List<int[]>> adj = new ArrayList<>(points);
        for (int x = 0; x < points; x++) {
            adj.add(new ArrayList<>(2));
        }
        for (int x = 0; x < points; x += 2) {
            adj.get(x).add(new int[] {x + 1, 1});
        }
        for (int i = 0; i < cs.size(); i++) {
            if (!kept[i]) {
                continue;
            }
            for (Constraint c : cs.get(i)) {
                adj.get(c.p).add(new int[] {c.q, c.strict ? 1 : 0});
                if (!c.strict) {
                    adj.get(c.q).add(new int[] {c.p, 0});
                }
            }
        }
        boolean[] seen = new boolean[2 * points];   // state: point * 2 + (passed a <)
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen[2 * p] = true;
        queue.add(2 * p);
        while (!queue.isEmpty()) {
            int st = queue.poll();
            int x = st / 2;
            int lt = st % 2;
            if (x == q && (lt == 1 || !strict)) {
                return true;
            }
            for (int[] e : adj.get(x)) {
                int ns = 2 * e[0] + (lt | e[1]);
                if (!seen[ns]) {
                    seen[ns] = true;
                    queue.add(ns);
                }
            }
        }
        return false;
    }
}
