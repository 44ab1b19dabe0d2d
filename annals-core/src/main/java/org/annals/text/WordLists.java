package org.annals.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists shipped as a class-path resource, the one format of annals' vocabularies: each line is
 * {@code name<TAB>word word ...} (entries separated by spaces; an entry of several words joins them with {@code _}:
 * {@code North_Korea}), a list may go on over several lines with the same name, and {@code #} starts a comment line
 * (one before each list says what it is for). Code keeps its vocabulary here instead of in {@code Set.of}
 * ({@code WordLists.load(...).get("count-nouns")}). A word listed twice in one list, or a list asked for that the
 * file lacks, is an error naming the file. Immutable once loaded.
 */
public final class WordLists {

    private final String resource;
    private final Map<String, Set<String>> lists;
    private final List<String> names;

    private WordLists(String resource, Map<String, Set<String>> lists, List<String> names) {
        this.resource = resource;
        this.lists = lists;
        this.names = names;
    }

    /** The lists of a resource, found as {@link ResourceLines#read} finds it. */
    public static WordLists load(Class<?> owner, String resource) {
        Map<String, Set<String>> building = new LinkedHashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(owner, resource)) {
            String[] f = line.fields();
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected name<TAB>words");
            }
            Set<String> words = building.computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>());
            for (String entry : f[1].strip().split(" +")) {
                String w = entry.replace('_', ' ');
                if (!words.add(w)) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": " + w + " listed twice in "
                            + f[0]);
                }
            }
        }
        Map<String, Set<String>> lists = new HashMap<>();
        building.forEach((name, words) -> lists.put(name, Set.copyOf(words)));
        return new WordLists(resource, Map.copyOf(lists), List.copyOf(building.keySet()));
    }

    /** The names of the lists, in the order the file gives them. */
    public List<String> names() {
        return names;
    }

    /** The list of that name, each entry in lower case. */
    public Set<String> lower(String name) {
        Set<String> out = new HashSet<>();
        for (String w : get(name)) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The list of that name. */
    public Set<String> get(String name) {
        Set<String> s = lists.get(name);
        if (s == null) {
            throw new IllegalStateException(resource + ": no list named " + name);
        }
        return s;
    }
}
