package org.annals.event;

import org.annals.text.ResourceLines;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists shipped in {@code org/annals/event/en/*.txt}: one entry a line, {@code #} starts a comment. */
final class WordList {

    private WordList() {
    }

    /** The entries of a list, as written. */
    static List<String> lines(String name) {
        return ResourceLines.read(WordList.class, "en/" + name).stream().map(ResourceLines.Line::text).toList();
    }

    /** The entries of a list in lower case. */
    static Set<String> lower(String name) {
        return Set.copyOf(lines(name).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
    }
}
