package org.annals.timeline;

import org.annals.event.Argument;
import org.annals.event.Participant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An entity a reader asks a timeline about ({@code annals timeline --about "Steve Jobs"}): the entries where it takes
 * part in the event, as its agent or patient.
 *
 * <p>An argument names the entity when its mention or the entity it stands for (a "he", a "the company", a "Jobs"
 * resolved to "Steve Jobs") ends with one of the entity's names: the full name or, for a name of several words, its
 * last word when that is a name too ("Jobs"; not "troops" of "Chinese troops"), whole words, any case. So "Apple
 * CEO Steve Jobs" and "the iTunes Music Store" name "Steve Jobs" and "iTunes Store", "iPods" names "iPod", but
 * "iPod nano", a product of its own, does not. An archive's entry whose sources carry no arguments (stored before
 * arguments were found) is about the entity when one of its participants or places names it, with no role.
 * Immutable.
 *
 * @param name  the name as asked
 * @param names the names it goes by, lower case, words joined by one space
 */
public record AboutEntity(String name, Set<String> names) {

    /**
     * How an entry is about the entity.
     *
     * @param source  the mention of the event whose sentence names the entity
     * @param mention the words naming it there (a name, a pronoun, a description), with offsets in that document
     * @param role    agent or patient; null when the entry says no roles
     */
    public record Match(TimelineEntry.Source source, Participant mention, Argument.Role role) {
    }

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
        if (words.length > 1 && words[words.length - 1].length() > 2 && lastWordIsAName(name.strip())) {
            names.add(words[words.length - 1]);
        }
        return new AboutEntity(name.strip(), names);
    }

    /**
     * Whether the last word of a name asked for is a name itself ("Jobs" of "Steve Jobs"), not a common noun
     * ("troops" of "Chinese troops"): it is capitalized, or the first word is not (no telling: "steve jobs",
     * "iTunes store").
     */
    private static boolean lastWordIsAName(String name) {
        int k = name.lastIndexOf(' ') + 1;
        return Character.isUpperCase(name.charAt(k)) || !Character.isUpperCase(name.charAt(0));
    }

    /** How the entry is about the entity (its first argument naming it, agents first), or null. */
    public Match match(TimelineEntry e) {
        if (e.kind() == null) {
            return null; // a publication entry
        }
        boolean roles = false;
        for (Argument.Role role : Argument.Role.values()) {
            for (TimelineEntry.Source s : e.sources()) {
                for (Argument a : s.arguments()) {
                    roles = true;
                    if (a.role() == role && (names(a.entity()) || names(a.mention()))) {
                        return new Match(s, a.mention(), role);
                    }
                }
            }
        }
        if (roles || e.sources().stream().noneMatch(s -> s.documentId() != null)) {
            return null; // arguments were looked for: none names it (only an archive's older entries have none)
        }
        List<Participant> all = new ArrayList<>(e.participants());
        all.addAll(e.places());
        for (Participant p : all) {
            if (names(p)) {
                return new Match(e.sources().isEmpty() ? null : e.sources().get(0), p, null);
            }
        }
        return null;
    }

    /** The words naming the entity in the entry, or null. */
    public Participant mention(TimelineEntry e) {
        Match m = match(e);
        return m == null ? null : m.mention();
    }

    /** Whether the entry is about the entity (a publication entry never is). */
    public boolean about(TimelineEntry e) {
        return match(e) != null;
    }

    /** The timeline of the entries about the entity. */
    public Timeline apply(Timeline t) {
        return new Timeline(t.entries().stream().filter(this::about).toList());
    }

    /** The most words of a name {@link #keys} indexes the endings of. */
    private static final int KEY_WORDS = 6;

    /**
     * The names a mention answers to: the endings of its words ("Apple CEO Steve Jobs": "jobs", "steve jobs", ...,
     * up to {@value #KEY_WORDS} words) and, for a last word in "s", the same with it singular ("iPods": "ipod"). A
     * mention names an entity exactly when one of its keys is one of the entity's {@link #names}: what an index
     * stores to find an entity's entries by term.
     */
    public static Set<String> keys(String mention) {
        String k = norm(mention == null ? "" : mention);
        Set<String> out = new LinkedHashSet<>();
        if (k.isEmpty()) {
            return out;
        }
        String[] w = k.split(" ");
        for (String last : k.endsWith("s") && w[w.length - 1].length() > 1
                ? new String[]{w[w.length - 1], w[w.length - 1].substring(0, w[w.length - 1].length() - 1)}
                : new String[]{w[w.length - 1]}) {
            StringBuilder sb = new StringBuilder(last);
            out.add(sb.toString());
            for (int i = w.length - 2; i >= 0 && w.length - i <= KEY_WORDS; i--) {
                sb.insert(0, w[i] + " ");
                out.add(sb.toString());
            }
        }
        return out;
    }

    private boolean names(Participant p) {
        if (p == null) {
            return false;
        }
        String x = " " + norm(p.text());
        for (String n : names) {
            if (x.endsWith(" " + n) || x.endsWith(" " + n + "s")) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return Entities.key(s);
    }
}
