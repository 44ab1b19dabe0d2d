package org.annals.timeline;

import org.annals.event.Participant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity a reader asks a timeline about ({@code annals timeline --about "Steve Jobs"}): the entries one of whose
 * participants or places names it, by its full name or, for a name of several words, its last word ("Jobs"), whole
 * words, any case. First rule: a pronoun ("he") or a description ("the company") does not name it yet, and an entry
 * is about the entity whatever its role. Immutable.
 *
 * @param name  the name as asked
 * @param names the names it goes by, lower case, words joined by one space
 */
public record AboutEntity(String name, Set<String> names) {

    public AboutEntity {
        names = Set.copyOf(names);
    }

    /** The entity of that name; an {@link IllegalArgumentException} for a name with no letter or digit. */
    public static AboutEntity of(String name) {
        String n = norm(name == null ? "" : name);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("an entity needs a name with a letter or a digit: '" + name + "'");
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(n);
        String[] words = n.split(" ");
        if (words.length > 1 && words[words.length - 1].length() > 2) {
            names.add(words[words.length - 1]);
        }
        return new AboutEntity(name.strip(), names);
    }

    /** The participant or place of the entry that names the entity (its first), or null. */
    public Participant mention(TimelineEntry e) {
        List<Participant> all = new ArrayList<>(e.participants());
        all.addAll(e.places());
        for (Participant p : all) {
            String x = " " + norm(p.text()) + " ";
            for (String n : names) {
                if (x.contains(" " + n + " ")) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Whether the entry is about the entity (a publication entry never is). */
    public boolean about(TimelineEntry e) {
        return e.kind() != null && mention(e) != null;
    }

    /** The timeline of the entries about the entity. */
    public Timeline apply(Timeline t) {
        return new Timeline(t.entries().stream().filter(this::about).toList());
    }

    private static String norm(String s) {
        return Entities.key(s);
    }
}
