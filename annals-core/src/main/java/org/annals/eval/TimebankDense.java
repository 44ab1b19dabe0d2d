package org.annals.eval;

import org.annals.gold.GoldTLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TimeBank-Dense relations (Cassidy et al. 2014): lines {@code docid TAB id1 TAB id2 TAB label}, ids the gold eids and
 * tids of the TimeBank documents ({@code t0} the document creation time), labels b (BEFORE), a (AFTER), i (INCLUDES),
 * ii (IS_INCLUDED), s (SIMULTANEOUS), v (VAGUE). VAGUE relations are skipped.
 */
public final class TimebankDense {

    private TimebankDense() {
    }

    /** The relations of each document, by document id (the .tml file name without its extension). */
    public static Map<String, List<GoldTLink>> read(Path file) throws IOException {
        Map<String, List<GoldTLink>> byDoc = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.strip().split("\t");
            if (f.length < 4) {
                throw new IOException(file + ":" + n + ": expected docid, id1, id2, label");
            }
            String rel = switch (f[3].strip().toLowerCase(Locale.ROOT)) {
                case "b" -> "BEFORE";
                case "a" -> "AFTER";
                case "i" -> "INCLUDES";
                case "ii" -> "IS_INCLUDED";
                case "s" -> "SIMULTANEOUS";
                case "v" -> null;
                default -> throw new IOException(file + ":" + n + ": unknown label " + f[3]);
            };
            List<GoldTLink> l = byDoc.computeIfAbsent(f[0].strip(), k -> new ArrayList<>());
            if (rel != null) {
                l.add(new GoldTLink("d" + n, f[1].strip(), f[2].strip(), rel));
            }
        }
        return byDoc;
    }

    /**
     * The documents of one section ({@code [test]}, {@code [dev]}, {@code [train]}) of a splits file: one document id
     * per line, {@code #} comments.
     */
    public static Set<String> split(Path splits, String name) throws IOException {
        Set<String> docs = new LinkedHashSet<>();
        String section = null;
        boolean found = false;
        for (String line : Files.readAllLines(splits, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("[") && t.endsWith("]")) {
                section = t.substring(1, t.length() - 1).strip();
                found |= section.equalsIgnoreCase(name);
            } else if (section != null && section.equalsIgnoreCase(name)) {
                docs.add(t);
            }
        }
        if (!found) {
            throw new IOException("no section [" + name + "] in " + splits);
        }
        return docs;
    }
}
