package org.annals.timeline;

import org.annals.event.Participant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The entities of documents, as their timelines name them: the people, organizations and places around their events,
 * each with how often and in how many documents it is named and the names it goes by. A name is one entity whatever
 * its case and the signs between its words ("Kim Il-sung" and "Kim Il Sung"; "U.S." and "US" are still two); a
 * single word that ends exactly one longer person's or organization's name of the same documents is that entity
 * ("Jobs" of "Steve Jobs"). First rule: a pronoun or a description ("he",
 * "the company") is no mention yet. Stateless.
 */
public final class Entities {

    private Entities() {
    }

    /**
     * An entity.
     *
     * @param name      its longest name (the first met of that length)
     * @param type      the type most of its mentions have
     * @param mentions  how many times it is named (each place in a text once)
     * @param documents in how many documents
     * @param names     every name it goes by, as written, first met first
     */
    public record Entity(String name, Participant.Type type, int mentions, int documents, List<String> names) {
        public Entity {
            names = List.copyOf(names);
        }
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    /** A name as one entity: lower case, letters and digits, words joined by one space; as {@link AboutEntity} too. */
    static String key(String name) {
        return NOT_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The entities of the documents whose timelines these are (one a document), most named first. */
    public static List<Entity> of(List<Timeline> perDocument) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (int d = 0; d < perDocument.size(); d++) {
            Set<String> seen = new HashSet<>(); // a place in the text is one mention, however many events it is near
            for (TimelineEntry e : perDocument.get(d).entries()) {
                List<Participant> all = new ArrayList<>(e.participants());
                all.addAll(e.places());
                for (Participant p : all) {
                    String k = key(p.text());
                    if (k.isEmpty() || !seen.add(p.begin() + ":" + p.end())) {
                        continue;
                    }
                    groups.computeIfAbsent(k, x -> new Group()).add(p, d);
                }
            }
        }
        // "Jobs" joins "Steve Jobs" when it ends exactly one longer person's or organization's name
        Map<String, String> into = new LinkedHashMap<>();
        for (String k : groups.keySet()) {
            if (k.contains(" ")) {
                continue;
            }
            String only = null;
            int n = 0;
            for (Map.Entry<String, Group> g : groups.entrySet()) {
                String other = g.getKey();
                if (other.endsWith(" " + k) && g.getValue().type() != Participant.Type.PLACE) {
                    only = other;
                    n++;
                }
            }
            if (n == 1) {
                into.put(k, only);
            }
        }
        into.forEach((k, target) -> groups.get(target).merge(groups.remove(k)));
        return groups.values().stream().map(Group::entity)
                .sorted(Comparator.comparingInt(Entity::mentions).reversed()
                        .thenComparing(Entity::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The mentions of one entity so far. */
    private static final class Group {
        final Set<String> names = new LinkedHashSet<>();
        final Map<Participant.Type, Integer> types = new LinkedHashMap<>();
        final Set<Integer> documents = new HashSet<>();
        int mentions;

        void add(Participant p, int document) {
            names.add(p.text());
            types.merge(p.type(), 1, Integer::sum);
            documents.add(document);
            mentions++;
        }

        void merge(Group g) {
            names.addAll(g.names);
            g.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            documents.addAll(g.documents);
            mentions += g.mentions;
        }

        Participant.Type type() {
            return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(Participant.Type.OTHER);
        }

        Entity entity() {
            String name = names.stream().max(Comparator.comparingInt(String::length)).orElse("");
            return new Entity(name, type(), mentions, documents.size(), new ArrayList<>(names));
        }
    }
}
