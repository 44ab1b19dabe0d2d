package org.annals.event;

import org.annals.nlp.Sentence;
import org.annals.text.WordLists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which names, pronouns and descriptions of a document stand for the same entity, and for whom.
 *
 * <p>Two passes over the document:
 * <ol>
 *   <li><b>Names</b> are grouped into entities, fullest first: a name joins a fuller one when it is its last word or
 *       words ("Jobs", "Steve Jobs"), its given name alone ("Steve"), when the fuller one is it plus a company suffix
 *       ("Apple Inc.", "Apple"), or when it is the fuller one's initials ("GM", "General Motors"). An entity is known by its fullest name, at its
 *       first mention; it is a person when one of its names is typed so or starts with a given name.</li>
 *   <li><b>Pronouns and descriptions</b>, in text order, stand for the last entity of their kind named within
 *       {@value #REACH} sentences: "he", "his" for a person; "it", "its" for an organization or a thing;
 *       "they", "their" for an organization named in the same or the previous sentence; "the company" for an
 *       organization, "the device" for a thing, "the executive" for a person (word lists in
 *       {@code org/annals/event/en/coreference.tsv}). A pronoun with no such entity stands for no one.</li>
 * </ol>
 * Linear in the document's words: a name is compared only with the first {@value #CANDIDATES} entities sharing its
 * first or last word or whose initials it is. Stateless and thread-safe.
 */
final class Coreference {

    /** The most entities a name is compared with in each of its lists (a bound on the work for any input). */
    static final int CANDIDATES = 64;

    /** How far back (in sentences) a pronoun or description looks for its entity. */
    static final int REACH = 5;

    private static final WordLists WORDS = WordLists.load(Coreference.class, "/org/annals/event/en/coreference.tsv");
    private static final Set<String> PERSON_PRONOUNS = WORDS.lower("person-pronouns");
    private static final Set<String> THING_PRONOUNS = WORDS.lower("thing-pronouns");
    private static final Set<String> GROUP_PRONOUNS = WORDS.lower("group-pronouns");
    private static final Set<String> FIRST_PERSON = WORDS.lower("first-person");
    private static final Set<String> ORGANIZATION_NOUNS = WORDS.lower("organization-nouns");
    private static final Set<String> THING_NOUNS = WORDS.lower("thing-nouns");
    private static final Set<String> PERSON_NOUNS = WORDS.lower("person-nouns");
    private static final Set<String> KIND_NOUNS = WORDS.lower("kind-nouns");
    private static final Set<String> ORGANIZATION_SUFFIXES = WORDS.lower("organization-suffixes");
    private static final Set<String> GIVEN_NAMES = WordLists.load(Coreference.class,
            "/org/annals/event/en/participants.tsv").lower("given-names");

    /** How a mention names its entity. */
    enum Kind { NAME, PRONOUN, DESCRIPTION }

    /** What a pronoun or description can stand for. */
    private enum Sort { PERSON, ORGANIZATION, THING, NONE }

    /**
     * A mention of an entity in a sentence.
     *
     * @param first    its first word's index in the sentence
     * @param last     its last word's index
     * @param text     its words and offsets, typed as its entity is
     * @param kind     name, pronoun or description
     * @param referent the entity's name at its fullest first mention; null when none is known
     */
    record Mention(int first, int last, Participant text, Kind kind, Participant referent) {
    }

    private static final class Entity {
        final Participant name;
        final String[] words;
        Participant.Type type;

        /** An entity known by a name; {@code words}: its key's words. */
        Entity(Participant name, String[] words) {
            this.name = name;
            this.words = words;
            this.type = name.type();
        }

        /** The entity's name at its fullest first mention, typed as the entity. */
        Participant referent() {
            return new Participant(name.text(), name.begin(), name.end(), type);
        }

        Sort sort() {
            return switch (type) {
                case PERSON -> Sort.PERSON;
                case ORGANIZATION -> Sort.ORGANIZATION;
                case OTHER -> Sort.THING;
                case PLACE -> Sort.NONE;
            };
        }
    }

    /** A noun for a kind of thing ("player", "devices"): a name before it names the thing ("iPod players"). */
    static boolean kindOfThing(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        String one = n.endsWith("s") ? n.substring(0, n.length() - 1) : n;
        return THING_NOUNS.contains(n) || KIND_NOUNS.contains(n) || THING_NOUNS.contains(one) || KIND_NOUNS.contains(one);
    }

    /** The mentions of each sentence (by its index), in text order, with the entities they stand for. */
    Map<Integer, List<Mention>> resolve(List<Sentence> sentences, Map<Integer, List<ParticipantFinder.Name>> names) {
        Map<String, Entity> byName = entities(names);
        Map<Integer, List<Mention>> out = new LinkedHashMap<>();
        Entity[] last = new Entity[Sort.values().length];
        int[] lastAt = new int[Sort.values().length];
        Arrays.fill(lastAt, Integer.MIN_VALUE / 2);
        for (Sentence s : sentences) {
            List<Sentence.Word> w = s.words();
            List<ParticipantFinder.Name> ns = names.getOrDefault(s.index(), List.of());
            List<Mention> ms = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < w.size(); i++) {
                if (n < ns.size() && ns.get(n).first() == i) {
                    ParticipantFinder.Name name = ns.get(n++);
                    Entity e = byName.get(key(name.participant().text()));
                    Participant p = name.participant();
                    if (e != null) {
                        p = new Participant(p.text(), p.begin(), p.end(), e.type);
                        int k = e.sort().ordinal();
                        last[k] = e;
                        lastAt[k] = s.index();
                    }
                    ms.add(new Mention(name.first(), name.last(), p, Kind.NAME, e == null ? p : e.referent()));
                    i = name.last();
                    continue;
                }
                String t = w.get(i).text().toLowerCase(Locale.ROOT);
                if (FIRST_PERSON.contains(t) && ("PRP".equals(w.get(i).pos()) || "PRP$".equals(w.get(i).pos()))) {
                    // "I", "me", "my": the speaker, when a report says who speaks (speaking)
                    ms.add(new Mention(i, i, new Participant(w.get(i).text(), w.get(i).begin(), w.get(i).end(),
                            Participant.Type.OTHER), Kind.PRONOUN, null));
                    continue;
                }
                Sort sort = pronoun(t);
                int reach = sort == Sort.ORGANIZATION ? 1 : REACH;
                Kind kind = Kind.PRONOUN;
                int end = i;
                if (sort == Sort.NONE && (t.equals("the") || t.equals("this")) && i + 1 < w.size()) {
                    // "the company", "the new device": a determiner, at most one adjective, the noun
                    int k = i + 1;
                    if (k + 1 < w.size() && "JJ".equals(w.get(k).pos())) {
                        k++;
                    }
                    String noun = w.get(k).text().toLowerCase(Locale.ROOT);
                    boolean head = k + 1 >= w.size() || !isNoun(w.get(k + 1));
                    if (head && Character.isLowerCase(w.get(k).text().charAt(0))) {
                        sort = ORGANIZATION_NOUNS.contains(noun) ? Sort.ORGANIZATION
                                : THING_NOUNS.contains(noun) ? Sort.THING
                                : PERSON_NOUNS.contains(noun) ? Sort.PERSON : Sort.NONE;
                        kind = Kind.DESCRIPTION;
                        end = k;
                        reach = REACH;
                    }
                }
                if (sort == Sort.NONE) {
                    continue;
                }
                Entity e = null;
                if (sort == Sort.THING) {
                    // "it": the last organization or thing, whichever came last
                    int o = Sort.ORGANIZATION.ordinal();
                    int th = Sort.THING.ordinal();
                    int k = kind == Kind.PRONOUN && lastAt[o] >= lastAt[th] ? o : th;
                    e = s.index() - lastAt[k] <= reach ? last[k] : null;
                } else {
                    int k = sort.ordinal();
                    e = s.index() - lastAt[k] <= reach ? last[k] : null;
                }
                Participant p = new Participant(ParticipantFinder.text(w, i, end), w.get(i).begin(), w.get(end).end(),
                        e == null ? Participant.Type.OTHER : e.type);
                ms.add(new Mention(i, end, p, kind, e == null ? null : e.referent()));
                i = end;
            }
            out.put(s.index(), ms);
        }
        return out;
    }

    /**
     * The sentence's mentions with its quotation's first person ("I", "me", "my" between quotation marks) standing
     * for the speaker ('"The board has granted me a leave," said Jobs'); the same list when there is none to change
     * or no speaker.
     */
    static List<Mention> speaking(Sentence s, List<Mention> mentions, Participant speaker) {
        if (speaker == null) {
            return mentions;
        }
        List<Sentence.Word> w = s.words();
        boolean[] quoted = new boolean[w.size()];
        boolean open = false;
        for (int k = 0; k < w.size(); k++) {
            String t = w.get(k).text();
            if (t.equals("\"") || t.equals("\u201c") || t.equals("\u201d") || t.equals("``") || t.equals("''")) {
                open = t.equals("\u201c") || t.equals("``") || !t.equals("\u201d") && !t.equals("''") && !open;
                continue;
            }
            quoted[k] = open;
        }
        List<Mention> out = null;
        for (int m = 0; m < mentions.size(); m++) {
            Mention x = mentions.get(m);
            if (x.kind() == Kind.PRONOUN && x.referent() == null && quoted[x.first()]
                    && FIRST_PERSON.contains(x.text().text().toLowerCase(Locale.ROOT))) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(m, new Mention(x.first(), x.last(), new Participant(x.text().text(), x.text().begin(),
                        x.text().end(), speaker.type()), Kind.PRONOUN, speaker));
            }
        }
        return out == null ? mentions : out;
    }

    private static Sort pronoun(String t) {
        if (PERSON_PRONOUNS.contains(t)) {
            return Sort.PERSON;
        }
        if (THING_PRONOUNS.contains(t)) {
            return Sort.THING;
        }
        if (GROUP_PRONOUNS.contains(t)) {
            return Sort.ORGANIZATION;
        }
        return Sort.NONE;
    }

    private static boolean isNoun(Sentence.Word w) {
        return w.pos() != null && w.pos().startsWith("NN");
    }

    /** The document's names grouped into entities: each name's key to its entity. */
    private static Map<String, Entity> entities(Map<Integer, List<ParticipantFinder.Name>> names) {
        Map<String, Participant> first = new LinkedHashMap<>();
        Map<String, Participant.Type> typed = new HashMap<>();
        for (List<ParticipantFinder.Name> ns : names.values()) {
            for (ParticipantFinder.Name n : ns) {
                String k = key(n.participant().text());
                first.putIfAbsent(k, n.participant());
                if (n.participant().type() != Participant.Type.OTHER) {
                    typed.putIfAbsent(k, n.participant().type());
                }
            }
        }
        List<String[]> keys = new ArrayList<>(first.size());
        for (String k : first.keySet()) {
            keys.add(k.split(" "));
        }
        keys.sort(Comparator.comparingInt((String[] w) -> -w.length)); // stable: fullest, then first
        // the entities a name may be another name of: those ending with its last word ("Jobs"), starting with its
        // first word ("Apple"), or whose initials it is ("GM"); checked in the order the entities were made
        List<Entity> entities = new ArrayList<>();
        Map<String, List<Integer>> byLast = new HashMap<>();
        Map<String, List<Integer>> byFirst = new HashMap<>();
        Map<String, List<Integer>> byInitials = new HashMap<>();
        Map<String, Entity> out = new HashMap<>();
        for (String[] words : keys) {
            String k = String.join(" ", words);
            Entity into = null;
            int best = Integer.MAX_VALUE;
            for (List<Integer> candidates : List.of(byLast.getOrDefault(words[words.length - 1], List.of()),
                    byFirst.getOrDefault(words[0], List.of()),
                    words.length == 1 ? byInitials.getOrDefault(words[0], List.of()) : List.<Integer>of())) {
                for (int n = 0; n < candidates.size() && n < CANDIDATES; n++) {
                    int c = candidates.get(n);
                    if (c < best && variant(words, entities.get(c).words)) {
                        best = c;
                        break; // the lists are in creation order: the first that fits is the earliest
                    }
                }
            }
            if (best != Integer.MAX_VALUE && words.length == 1 && GIVEN_NAMES.contains(words[0])
                    && words[0].equals(entities.get(best).words[0])
                    && givenNameShared(words[0], byFirst.getOrDefault(words[0], List.of()), entities)) {
                best = Integer.MAX_VALUE; // "Steve" with Steve Jobs and Steve Wozniak: no telling which
            }
            if (best != Integer.MAX_VALUE) {
                into = entities.get(best);
            } else {
                into = new Entity(first.get(k), words);
                int at = entities.size();
                entities.add(into);
                byLast.computeIfAbsent(words[words.length - 1], x -> new ArrayList<>()).add(at);
                byFirst.computeIfAbsent(words[0], x -> new ArrayList<>()).add(at);
                if (words.length >= 2) {
                    StringBuilder initials = new StringBuilder(words.length);
                    for (String w : words) {
                        initials.append(w.isEmpty() ? ' ' : w.charAt(0));
                    }
                    byInitials.computeIfAbsent(initials.toString(), x -> new ArrayList<>()).add(at);
                }
            }
            out.put(k, into);
            Participant.Type t = typed.get(k);
            if (t != null && into.type == Participant.Type.OTHER) {
                into.type = t;
            }
            if (words.length >= 2 && words.length <= 3 && GIVEN_NAMES.contains(words[0])) {
                into.type = Participant.Type.PERSON;
            }
        }
        return out;
    }

    /** Whether two people or more of the document go by this given name. */
    private static boolean givenNameShared(String given, List<Integer> candidates, List<Entity> entities) {
        int n = 0;
        for (int k = 0; k < candidates.size() && k < CANDIDATES; k++) {
            String[] w = entities.get(candidates.get(k)).words;
            if (w.length >= 2 && w.length <= 3 && w[0].equals(given)) {
                n++;
            }
        }
        return n > 1;
    }

    /** Whether a name (its lower-case words) is another name of a fuller one. */
    static boolean variant(String[] name, String[] fuller) {
        if (Arrays.equals(name, fuller)) {
            return true;
        }
        if (name.length >= fuller.length) {
            return false;
        }
        // "Jobs", "Steve Jobs"; "Steve Jobs", "Apple CEO Steve Jobs"
        boolean suffix = true;
        for (int i = 0; i < name.length; i++) {
            suffix &= name[name.length - 1 - i].equals(fuller[fuller.length - 1 - i]);
        }
        if (suffix && (name.length > 1 || name[0].length() > 2)) {
            return true;
        }
        // "Steve", "Steve Jobs": a given name alone, once the person's full name is known
        if (name.length == 1 && fuller.length <= 3 && name[0].equals(fuller[0]) && GIVEN_NAMES.contains(name[0])) {
            return true;
        }
        // "Apple", "Apple Inc."
        boolean prefix = true;
        for (int i = 0; i < name.length; i++) {
            prefix &= name[i].equals(fuller[i]);
        }
        if (prefix) {
            boolean rest = true;
            for (int i = name.length; i < fuller.length; i++) {
                rest &= ORGANIZATION_SUFFIXES.contains(fuller[i]);
            }
            if (rest) {
                return true;
            }
        }
        // "GM", "General Motors"
        if (name.length == 1 && fuller.length >= 2 && name[0].length() == fuller.length) {
            for (int i = 0; i < fuller.length; i++) {
                if (fuller[i].isEmpty() || fuller[i].charAt(0) != name[0].charAt(i)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A name's key: the name in lower case. Names are their words joined by one space where the text had any
     * ({@link ParticipantFinder#text}), so their keys split into words on single spaces.
     */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
