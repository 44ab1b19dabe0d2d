package org.annals.event;

import org.annals.text.WordLists;
import org.annals.model.Timex;
import org.annals.nlp.Sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people, organizations and places taking part in each event: the proper-noun phrases of its sentence
 * within {@value #BEFORE} words before and {@value #AFTER} words after the trigger.
 *
 * <p>Names are runs of capitalized words, joined by "of" and possessives ("Democratic People's Republic of Korea"),
 * outside time expressions; a sentence's first word is dropped when it is a common word ("The", "Earlier") or
 * appears in lower case elsewhere in the text. An acronym in parentheses right after a name is its alias. Types come
 * from evidence only (word lists in {@code org/annals/event/en}):
 * <ul>
 *   <li>person: a title or role just before ("war criminal Douglas MacArthur", "son, Mao Anying"), or a kinship
 *       word after a possessive ("Mao Zedong's son");</li>
 *   <li>place: a country or region ("Korea", "DPRK"), a place head word ("Yalu River", "Korean Peninsula"), the name
 *       in "Battle of X";</li>
 *   <li>organization: an organization head word ("Volunteer Army", "United Nations"), a group noun after the name or
 *       nationality ("United Nations forces", "Japanese invaders"), an acronym ("PVA");</li>
 *   <li>other: any other name. A nationality alone ("Chinese border") is no participant.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ParticipantFinder {

    static final int BEFORE = 12;
    static final int AFTER = 10;

    private static final WordLists WORDS = WordLists.load(ParticipantFinder.class,
            "/org/annals/event/en/participants.tsv");
    private static final Set<String> TITLES = WORDS.lower("titles");
    private static final Set<String> KIN = WORDS.lower("kin");
    private static final Set<String> ORG_HEADS = WORDS.lower("organization-heads");
    private static final Set<String> PLACE_HEADS = WORDS.lower("place-heads");
    private static final Set<String> COUNTRIES = WORDS.lower("countries");
    private static final Set<String> DEMONYMS = WORDS.lower("demonyms");
    private static final Set<String> COMMON = WORDS.lower("common-words");
    private static final Set<String> EVENT_NOUNS = SimpleEventSource.EVENT_NOUNS;
    private static final Coreference COREFERENCE = new Coreference();
    private static final ArgumentFinder ARGUMENTS = new ArgumentFinder();

    /** A name found in a sentence, with the word indexes it covers. */
    record Name(Participant participant, int first, int last) {
    }

    /** The events with their participants and places filled in (replacing any they had). */
    public List<Event> find(String text, List<Sentence> sentences, List<Event> events, List<Timex> timexes) {
        Read read = read(sentences, timexes);
        // a name typed by evidence somewhere keeps that type everywhere in the document
        Map<String, Participant.Type> known = new HashMap<>();
        for (List<Name> names : read.names().values()) {
            for (Name n : names) {
                if (n.participant().type() != Participant.Type.OTHER) {
                    known.putIfAbsent(n.participant().text(), n.participant().type());
                }
            }
        }
        Map<Event, List<Argument>> arguments = arguments(sentences, events, read);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            if (e.sentence() < 0 || e.sentence() >= sentences.size()) {
                out.add(e);
                continue;
            }
            Sentence s = sentences.get(e.sentence());
            List<Name> names = read.names().getOrDefault(e.sentence(), List.of());
            int at = wordAt(s, e.begin());
            List<Participant> who = new ArrayList<>();
            List<Participant> where = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Name n : names) {
                if (n.last() < at - BEFORE || n.first() > at + AFTER || n.first() <= at && n.last() >= at
                        && n.participant().begin() <= e.begin() && n.participant().end() >= e.end()) {
                    continue;
                }
                Participant p = n.participant();
                if (p.type() == Participant.Type.OTHER && known.containsKey(p.text())) {
                    p = new Participant(p.text(), p.begin(), p.end(), known.get(p.text()));
                }
                if (seen.add(p.text())) {
                    (p.type() == Participant.Type.PLACE ? where : who).add(p);
                }
            }
            out.add(new Event(e.eid(), e.begin(), e.end(), e.text(), e.lemma(), e.pos(), e.eventClass(), e.tense(),
                    e.aspect(), e.polarity(), e.sentence(), who, where, arguments.getOrDefault(e, List.of())));
        }
        return out;
    }

    /**
     * What the finder reads of a document, sentence by sentence (by index): which words are in time expressions,
     * the names, and the mentions of entities (names, pronouns, descriptions) with the names they stand for.
     */
    private record Read(Map<Integer, boolean[]> inTimex, Map<Integer, List<Name>> names,
                        Map<Integer, List<Coreference.Mention>> mentions) {
    }

    private Read read(List<Sentence> sentences, List<Timex> timexes) {
        Set<String> lowerWords = lowerCaseWords(sentences);
        Map<Integer, boolean[]> timeWords = new HashMap<>();
        Map<Integer, List<Name>> names = new LinkedHashMap<>();
        for (Sentence s : sentences) {
            boolean[] t = inTimex(s, timexes);
            timeWords.put(s.index(), t);
            names.put(s.index(), names(s, t, lowerWords));
        }
        Map<Integer, List<Coreference.Mention>> mentions = COREFERENCE.resolve(sentences, names);
        for (Sentence s : sentences) {
            // a quotation's "I" is its speaker's
            mentions.computeIfPresent(s.index(), (k, ms) -> ARGUMENTS.withSpeaker(s, ms, timeWords.get(k)));
        }
        return new Read(timeWords, names, mentions);
    }

    /** The mentions of entities in each sentence (names, pronouns, descriptions) with the names they stand for. */
    Map<Integer, List<Coreference.Mention>> mentions(List<Sentence> sentences, List<Timex> timexes) {
        return read(sentences, timexes).mentions();
    }

    /** Each event's arguments, sentence by sentence. */
    private static Map<Event, List<Argument>> arguments(List<Sentence> sentences, List<Event> events, Read read) {
        Map<Integer, List<Event>> bySentence = new LinkedHashMap<>();
        for (Event e : events) {
            if (e.sentence() >= 0 && e.sentence() < sentences.size()) {
                bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<Event, List<Argument>> out = new IdentityHashMap<>();
        for (Map.Entry<Integer, List<Event>> x : bySentence.entrySet()) {
            Sentence s = sentences.get(x.getKey());
            List<Event> es = x.getValue();
            int[] at = new int[es.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = wordAt(s, es.get(i).begin());
            }
            List<List<Argument>> found = ARGUMENTS.find(s, read.mentions().getOrDefault(s.index(), List.of()),
                    read.inTimex().get(s.index()), at);
            for (int i = 0; i < at.length; i++) {
                out.put(es.get(i), found.get(i));
            }
        }
        return out;
    }

    /** The index of the word holding (or starting after) an offset. */
    static int wordAt(Sentence s, int offset) {
        List<Sentence.Word> w = s.words();
        int lo = 0;
        int hi = w.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (w.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Set<String> lowerCaseWords(List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            for (Sentence.Word w : s.words()) {
                String t = w.text();
                if (!t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** The names of a sentence, typed, in text order. */
    List<Name> names(Sentence s, boolean[] inTimex, Set<String> lowerWords) {
        List<Sentence.Word> w = s.words();
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (!nameWord(w, i, inTimex)) {
                i++;
                continue;
            }
            int first = i;
            int last = i;
            int j = i + 1;
            while (j < w.size()) {
                if (nameWord(w, j, inTimex)) {
                    last = j;
                    j++;
                } else if (modelNumber(w, j, inTimex)) {
                    // "iPhone 4", "QuickTime 7", "iPhone 3G"
                    last = j;
                    j++;
                    break;
                } else if (is(w, j, "of") && j + 1 < w.size() && nameWord(w, j + 1, inTimex)) {
                    last = j + 1;
                    j += 2;
                } else if (possessive(w, j) > 0 && j + possessive(w, j) < w.size()
                        && nameWord(w, j + possessive(w, j), inTimex)) {
                    j += possessive(w, j);
                    last = j;
                    j++;
                } else {
                    break;
                }
            }
            i = last + 1;
            // drop a leading common word ("The", "Earlier") or a sentence-initial word seen in lower case elsewhere
            while (first <= last && (COMMON.contains(lower(w, first))
                    || isFirst(w, first) && lowerWords.contains(lower(w, first)))) {
                first++;
            }
            if (first > last) {
                continue;
            }
            // "(PVA)" right after a name is its alias
            if (first == last && first >= 2 && is(w, first - 1, "(") && !out.isEmpty()
                    && out.get(out.size() - 1).last() == first - 2) {
                continue;
            }
            // a title inside a name: "Apple CEO Steve Jobs" is Apple's and Steve Jobs's
            int t1 = -1;
            int t2 = -1;
            for (int k = first + 1; k < last; k++) {
                if (TITLES.contains(lower(w, k))) {
                    t1 = t1 < 0 ? k : t1;
                    t2 = k;
                }
            }
            if (t2 > 0 && !TITLES.contains(lower(w, last)) && !ORG_HEADS.contains(lower(w, last))) {
                Name employer = type(w, first, t1 - 1);
                if (employer != null) {
                    Participant p = employer.participant();
                    out.add(p.type() != Participant.Type.OTHER ? employer
                            : name(w, first, t1 - 1, Participant.Type.ORGANIZATION));
                }
                out.add(name(w, t2 + 1, last, Participant.Type.PERSON));
                continue;
            }
            Name n = type(w, first, last);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean isFirst(List<Sentence.Word> w, int i) {
        return i == 0 || is(w, i - 1, ":") || is(w, i - 1, "\"");
    }

    private Name type(List<Sentence.Word> w, int first, int last) {
        // "Battle of Unsan": the place is the name after "of"
        if (EVENT_NOUNS.contains(lower(w, first)) && first + 2 <= last && is(w, first + 1, "of")) {
            return name(w, first + 2, last, Participant.Type.PLACE);
        }
        // a title inside the name: "General Douglas MacArthur" (but "General Motors" is a company)
        if (TITLES.contains(lower(w, first)) && first < last && !ORG_HEADS.contains(lower(w, last))) {
            return name(w, first + 1, last, Participant.Type.PERSON);
        }
        int before = first - 1;
        if (before >= 0 && is(w, before, ",")) {
            before--;
        }
        if (before >= 0 && TITLES.contains(lower(w, before))) {
            return name(w, first, last, Participant.Type.PERSON);
        }
        int poss = last + 1 < w.size() ? possessive(w, last + 1) : 0;
        if (poss > 0 && last + 1 + poss < w.size() && KIN.contains(lower(w, last + 1 + poss))) {
            return name(w, first, last, Participant.Type.PERSON);
        }
        String whole = text(w, first, last).toLowerCase(Locale.ROOT);
        boolean groupAfter = last + 1 < w.size() && ORG_HEADS.contains(lower(w, last + 1))
                && Character.isLowerCase(w.get(last + 1).text().charAt(0));
        if (first == last && DEMONYMS.contains(whole)) {
            return groupAfter ? name(w, first, last + 1, Participant.Type.ORGANIZATION) : null;
        }
        if (groupAfter) {
            return name(w, first, last + 1, Participant.Type.ORGANIZATION);
        }
        if (COUNTRIES.contains(whole)) {
            return name(w, first, last, Participant.Type.PLACE);
        }
        String head = lower(w, last);
        if (PLACE_HEADS.contains(head)) {
            return name(w, first, last, Participant.Type.PLACE);
        }
        if (ORG_HEADS.contains(head)) {
            return name(w, first, last, Participant.Type.ORGANIZATION);
        }
        String t = w.get(first).text();
        if (first == last && t.length() >= 2 && t.chars().allMatch(c -> Character.isUpperCase(c))) {
            return name(w, first, last, Participant.Type.ORGANIZATION);
        }
        return name(w, first, last, Participant.Type.OTHER);
    }

    private static Name name(List<Sentence.Word> w, int first, int last, Participant.Type type) {
        if (first > last) {
            return null;
        }
        return new Name(new Participant(text(w, first, last), w.get(first).begin(), w.get(last).end(), type),
                first, last);
    }

    /** The words as written, with their original spacing (one space where there was any). */
    static String text(List<Sentence.Word> w, int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (k > first && w.get(k).begin() > w.get(k - 1).end()) {
                sb.append(' ');
            }
            sb.append(w.get(k).text());
        }
        return sb.toString();
    }

    /** 1 for a possessive word "'s", 2 for "'" + "s" written together, else 0. */
    static int possessive(List<Sentence.Word> w, int i) {
        String t = w.get(i).text();
        if (t.equals("'s") || t.equals("\u2019s")) {
            return 1;
        }
        if ((t.equals("'") || t.equals("\u2019")) && i + 1 < w.size() && w.get(i + 1).text().equals("s")
                && w.get(i + 1).begin() == w.get(i).end()) {
            return 2;
        }
        return 0;
    }

    /** A model number right after a name: a short number or letters and digits ("4", "3G", "3GS"), not a count. */
    private static boolean modelNumber(List<Sentence.Word> w, int i, boolean[] inTimex) {
        if (inTimex[i]) {
            return false;
        }
        String t = w.get(i).text();
        if (t.isEmpty() || t.length() > 4 || !Character.isDigit(t.charAt(0))) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isDigit(c) && !(Character.isUpperCase(c) && k > 0)) {
                return false;
            }
        }
        if (t.length() == 4 && t.chars().allMatch(Character::isDigit)) {
            return false; // a year the tagger left
        }
        if (i + 1 < w.size()) {
            Sentence.Word next = w.get(i + 1);
            String p = next.pos() == null ? "" : next.pos();
            String n = next.text().toLowerCase(Locale.ROOT);
            if (p.equals("NNS") || p.equals("CD") || n.equals("%") || n.equals("percent") || n.equals("million")
                    || n.equals("billion")) {
                return false;
            }
        }
        return true;
    }

    /** "iPhone", "iPod", "eBay": a lower-case letter, then a capital. */
    private static boolean camelCase(String t) {
        return t.length() >= 3 && t.length() <= 12 && Character.isLowerCase(t.charAt(0))
                && Character.isUpperCase(t.charAt(1));
    }

    private static boolean nameWord(List<Sentence.Word> w, int i, boolean[] inTimex) {
        if (inTimex[i]) {
            return false;
        }
        Sentence.Word word = w.get(i);
        String t = word.text();
        if (camelCase(t) && t.chars().allMatch(Character::isLetter)) {
            return true;
        }
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.equals("I")) {
            return false;
        }
        if (word.pos() != null && !word.pos().startsWith("NN") && !isFirst(w, i)
                && !word.pos().equals("JJ")) {
            return false;
        }
        // a sentence that starts with a verb ("Fearing that ...", "Following the invasion ...") starts with no name
        if (word.pos() != null && isFirst(w, i) && (word.pos().startsWith("VB") || word.pos().equals("IN")
                || word.pos().equals("RB"))) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    private static boolean[] inTimex(Sentence s, List<Timex> timexes) {
        List<Sentence.Word> w = s.words();
        boolean[] in = new boolean[w.size()];
        for (int x = firstEndingAfter(timexes, s.begin()); x < timexes.size(); x++) {
            Timex t = timexes.get(x);
            if (t.begin() >= s.end()) {
                break;
            }
            for (int k = wordAt(s, t.begin()); k < w.size() && w.get(k).begin() < t.end(); k++) {
                in[k] = true;
            }
        }
        return in;
    }

    /** The index of the first timex (in text order) ending after an offset. */
    static int firstEndingAfter(List<Timex> timexes, int offset) {
        int lo = 0;
        int hi = timexes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (timexes.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean is(List<Sentence.Word> w, int i, String text) {
        return i >= 0 && i < w.size() && w.get(i).text().equalsIgnoreCase(text);
    }

    private static String lower(List<Sentence.Word> w, int i) {
        return w.get(i).text().toLowerCase(Locale.ROOT);
    }
}
