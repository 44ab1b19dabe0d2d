package org.annals.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists shipped as a class-path resource: each line is {@code name<TAB>word word ...} (words separated by
 * spaces), a list may go on over several lines with the same name, and {@code #} starts a comment line. An extractor
 * keeps its vocabulary here instead of in its code ({@code WordLists.load(...).get("count-nouns")}). A word listed
 * twice in one list, or a list asked for that the file lacks, is an error naming the file. Immutable once loaded.
 */
public final class WordLists {

    private final String resource;
    private final Map<String, Set<String>> lists;

    private WordLists(String resource, Map<String, Set<String>> lists) {
        this.resource = resource;
        this.lists = lists;
    }

    /** The lists of a resource, found as {@link ResourceLines#read} finds it. */
    public static WordLists load(Class<?> owner, String resource) {
        Map<String, Set<String>> building = new HashMap<>();
        for (ResourceLines.Line line : ResourceLines.read(owner, resource)) {
            String[] f = line.fields();
            if (f.length != 2 || f[0].isBlank() || f[1].isBlank()) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected name<TAB>words");
            }
            Set<String> words = building.computeIfAbsent(f[0].strip(), k -> new LinkedHashSet<>());
            for (String w : f[1].strip().split(" +")) {
                if (!words.add(w)) {
                    throw new IllegalStateException(resource + ":" + line.number() + ": " + w + " listed twice in "
                            + f[0]);
                }
            }
        }
        Map<String, Set<String>> lists = new HashMap<>();
        building.forEach((name, words) -> lists.put(name, Set.copyOf(words)));
        return new WordLists(resource, Map.copyOf(lists));
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
