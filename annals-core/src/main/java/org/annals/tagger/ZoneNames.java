package org.annals.tagger;

import org.annals.text.ResourceLines;
import org.annals.text.Token;
import org.annals.time.Timex3Syntax;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time zones written in words after a clock time: "Eastern Standard Time" ({@code -05}), "Greenwich Mean Time"
 * ({@code Z}), "Pacific time" (a zone that does not say its offset). The names and offsets are data:
 * {@code org/annals/tagger/en/zones.tsv}. Immutable, thread-safe.
 */
public final class ZoneNames {

    /** A zone name found at a token: its length in tokens and its offset ({@code null}: the name does not say it). */
    public record Found(int length, String zone) {
    }

    /** Names by their first word; each list holds the names as word arrays with their offsets. */
    private static final Map<String, List<Entry>> BY_FIRST = load();
    private static final String UNKNOWN = "?";

    private record Entry(String[] words, String zone) {
    }

    private ZoneNames() {
    }

    /** The longest zone name that starts at token {@code i}, or null. */
    public static Found at(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        List<Entry> entries = BY_FIRST.get(tokens.get(i).lower);
        if (entries == null) {
            return null;
        }
        Found best = null;
        for (Entry e : entries) {
            int k = i;
            int w = 0;
            while (w < e.words.length && k < tokens.size()) {
                Token t = tokens.get(k);
                if (t.lower.equals(e.words[w])) {
                    w++;
                    k++;
                } else if (t.isPunct('-') && !t.spaceBefore && w > 0) {
                    k++; // "Hawaii-Aleutian"
                } else {
                    break;
                }
            }
            if (w == e.words.length && (best == null || k - i > best.length)) {
                best = new Found(k - i, e.zone.equals(UNKNOWN) ? null : e.zone);
            }
        }
        return best;
    }

    private static Map<String, List<Entry>> load() {
        Map<String, List<Entry>> out = new HashMap<>();
        String name = "/org/annals/tagger/en/zones.tsv";
        for (ResourceLines.Line line : ResourceLines.read(ZoneNames.class, name)) {
            String[] f = line.fields();
            if (f.length != 2 || !f[1].equals(UNKNOWN) && Timex3Syntax.problem("2000-01-01T00:00" + f[1]) != null) {
                throw new IllegalStateException(name + ":" + line.number() + ": expected name, offset");
            }
            String[] words = f[0].split(" ");
            out.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(new Entry(words, f[1]));
        }
        Map<String, List<Entry>> frozen = new HashMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
