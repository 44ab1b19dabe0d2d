package org.annals.event;

import org.annals.nlp.Sentence;
import org.annals.text.WordLists;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who does an event and who undergoes it, by rules over a sentence's part-of-speech tags: no parser.
 *
 * <p>For a verb, first its verb group (auxiliaries, modals, "to", adverbs before it), then:
 * <ul>
 *   <li><b>subject</b>: the noun phrase right before the group, past an apposition between commas ("Steve Jobs, the
 *       chief executive, announced"); before "who"/"which"/"that", the phrase before it; after "and"/"but" with no
 *       phrase between, the subject of the verb before of the same form ("Jobs welcomed everyone and announced");</li>
 *   <li>a participle with no subject of its own ("..., saying", "by hinting", "While introducing ..., Jobs started")
 *       and an infinitive ("Jobs moved on to talk") take the subject of the verb before them in the sentence (an
 *       infinitive, that verb's object when it has one: "asked the board to decide"), or else of the verb after;</li>
 *   <li><b>object</b>: the noun phrase right after the verb and its particles ("showed off iPhone 4's features");</li>
 *   <li>an active verb's subject is its agent and its object its patient; a passive ("was introduced") has its
 *       subject as patient and "by X" after it as agent; a report with no subject before it takes the name after it
 *       as agent ("\"...,\" said Steve Jobs").</li>
 * </ul>
 * For a noun: a possessor ("his keynote", "Jobs' death") is its agent, "of X" after it its patient, "by X" its
 * agent; a noun that is a verb's object takes that verb's agent ("made the decision", "extended an invitation").
 * An argument is each mention (name, pronoun, description) inside the phrase, with the entity it stands for.
 * Bounded scans: linear in the sentence's words. Stateless and thread-safe.
 */
final class ArgumentFinder {

    /** How far (in words) a scan for a phrase or an apposition goes. */
    private static final int SPAN = 16;

    private static final WordLists WORDS = WordLists.load(ArgumentFinder.class, "/org/annals/event/en/arguments.tsv");
    private static final Set<String> BE = WORDS.lower("be");
    private static final Set<String> AUXILIARIES = WORDS.lower("auxiliaries");
    private static final Set<String> PARTICLES = WORDS.lower("particles");
    private static final Set<String> TAGGED_PARTICLES = WORDS.lower("tagged-particles");
    private static final Set<String> RELATIVES = WORDS.lower("relatives");
    private static final Set<String> PARTICIPLE_OPENERS = WORDS.lower("participle-openers");
    private static final Set<String> OBJECT_PRONOUNS = WORDS.lower("object-pronouns");
    private static final Set<String> OBJECT_CONTROL = WORDS.lower("object-control");
    private static final Set<String> REPORTS = WORDS.lower("reports");

    private static final int NO_MENTION = -1;
    private static final int IN_TIMEX = -2;

    /** A phrase: its first and last word, or none. */
    private record Span(int first, int last) {
        static final Span NONE = new Span(-1, -2);

        boolean none() {
            return first < 0;
        }
    }

    /** What the rules found for a verb: its surface subject and object, and whether it is passive. */
    private record Frame(Span subject, Span object, Span byAgent, boolean passive, boolean finite) {
    }

    /**
     * The sentence's mentions with a quotation's first person standing for its speaker: the named agent of the
     * sentence's first report verb ("\u201cThe board granted me a leave,\u201d said Jobs"); the same list when
     * there is no first person between quotation marks or no named speaker.
     */
    List<Coreference.Mention> withSpeaker(Sentence s, List<Coreference.Mention> mentions, boolean[] inTimex) {
        boolean first = false;
        for (Coreference.Mention m : mentions) {
            first |= m.kind() == Coreference.Kind.PRONOUN && m.referent() == null;
        }
        if (!first) {
            return mentions;
        }
        List<Sentence.Word> w = s.words();
        int[] mentionAt = mentionAt(w, mentions, inTimex);
        Frame[] frames = frames(w, mentionAt);
        for (int v = 0; v < w.size(); v++) {
            if (frames[v] != null && !frames[v].passive() && REPORTS.contains(lower(w, v))) {
                for (int k = frames[v].subject().first(); k >= 0 && k <= frames[v].subject().last(); k++) {
                    int m = mentionAt[k];
                    if (m >= 0 && mentions.get(m).referent() != null
                            && mentions.get(m).referent().type() != Participant.Type.PLACE) {
                        return Coreference.speaking(s, mentions, mentions.get(m).referent());
                    }
                }
            }
        }
        return mentions;
    }

    /** The mention each word is in; NO_MENTION, or IN_TIMEX for a word of a time expression (never in a phrase). */
    private static int[] mentionAt(List<Sentence.Word> w, List<Coreference.Mention> mentions, boolean[] inTimex) {
        int n = w.size();
        int[] mentionAt = new int[n];
        for (int k = 0; k < n; k++) {
            mentionAt[k] = k < inTimex.length && inTimex[k] ? IN_TIMEX : NO_MENTION;
        }
        for (int m = 0; m < mentions.size(); m++) {
            Coreference.Mention x = mentions.get(m);
            for (int k = x.first(); k <= x.last() && k < n; k++) {
                mentionAt[k] = m;
            }
        }
        return mentionAt;
    }

    /** Each verb's frame, its subject taken from the others for a participle or infinitive that has none. */
    private Frame[] frames(List<Sentence.Word> w, int[] mentionAt) {
        int n = w.size();
        Frame[] frames = new Frame[n];
        // surface subjects and objects, left to right (a coordinated verb reads the frame of one before it)
        for (int v = 0; v < n; v++) {
            if (isVerb(w, v) && !isAuxiliaryOf(w, v)) {
                frames[v] = frame(w, v, frames, mentionAt);
            }
        }
        // participles and infinitives with no subject take one from the sentence's other verbs
        for (int v = 0; v < n; v++) {
            if (frames[v] != null && frames[v].subject().none() && !frames[v].finite()) {
                Span c = controller(w, v, frames);
                if (!c.none()) {
                    Frame f = frames[v];
                    frames[v] = new Frame(c, f.object(), f.byAgent(), f.passive(), false);
                }
            }
        }
        return frames;
    }

    /** The arguments of the events at the given word indexes of a sentence, one list per index. */
    List<List<Argument>> find(Sentence s, List<Coreference.Mention> mentions, boolean[] inTimex, int[] eventWords) {
        List<Sentence.Word> w = s.words();
        int n = w.size();
        int[] mentionAt = mentionAt(w, mentions, inTimex);
        Frame[] frames = frames(w, mentionAt);
        List<List<Argument>> out = new ArrayList<>(eventWords.length);
        for (int v : eventWords) {
            List<Argument> args = new ArrayList<>();
            if (v >= 0 && v < n) {
                if (frames[v] != null) {
                    Frame f = frames[v];
                    if (f.passive()) {
                        add(w, args, Argument.Role.AGENT, f.byAgent(), mentions, mentionAt);
                        add(w, args, Argument.Role.PATIENT, f.subject(), mentions, mentionAt);
                    } else {
                        add(w, args, Argument.Role.AGENT, f.subject(), mentions, mentionAt);
                        add(w, args, Argument.Role.PATIENT, f.object(), mentions, mentionAt);
                    }
                } else if (isNoun(w, v)) {
                    noun(w, v, frames, mentions, mentionAt, args);
                }
            }
            out.add(args);
        }
        return out;
    }

    private void noun(List<Sentence.Word> w, int v, Frame[] frames, List<Coreference.Mention> mentions,
                      int[] mentionAt, List<Argument> args) {
        // a possessor before: "his keynote", "Jobs ' death", "Apple 's purchase", "Monday 's email announcement"
        int k = v - 1;
        while (k >= 0 && v - k <= 3 && mentionAt[k] < 0 && (pos(w, k).startsWith("JJ") || pos(w, k).startsWith("NN")
                || pos(w, k).equals("VBG") || pos(w, k).equals("CD"))) {
            k--;
        }
        if (k >= 0 && pos(w, k).equals("PRP$") && mentionAt[k] >= 0) {
            add(w, args, Argument.Role.AGENT, new Span(k, k), mentions, mentionAt);
        } else if (k >= 1 && isPossessive(w, k)) {
            add(w, args, Argument.Role.AGENT, phraseEndingAt(w, k - 1, mentionAt), mentions, mentionAt);
        } else if (k >= 0 && k < v && mentionAt[k] >= 0) {
            // a name right before the noun: a person's or organization's does it ("the Apple announcement"), a
            // thing undergoes it ("the iPhone 4 launch")
            Participant.Type t = mentions.get(mentionAt[k]).text().type();
            add(w, args, t == Participant.Type.PERSON || t == Participant.Type.ORGANIZATION ? Argument.Role.AGENT
                    : Argument.Role.PATIENT, new Span(k, k), mentions, mentionAt);
        }
        // "of X", "by X" after it
        if (v + 2 < w.size() && (is(w, v + 1, "of") || is(w, v + 1, "by"))) {
            Span after = phraseAfter(w, v + 2, mentionAt);
            add(w, args, is(w, v + 1, "by") ? Argument.Role.AGENT : Argument.Role.PATIENT, after, mentions, mentionAt);
        }
        // the object of a verb: that verb's agent ("made the decision")
        if (args.stream().noneMatch(a -> a.role() == Argument.Role.AGENT)) {
            for (int u = v - 1; u >= 0 && v - u <= 5; u--) {
                Frame f = frames[u];
                if (f != null) {
                    if (!f.passive() && f.object().first() <= v && v <= f.object().last()) {
                        add(w, args, Argument.Role.AGENT, f.subject(), mentions, mentionAt);
                    }
                    break;
                }
            }
        }
    }

    private static void add(List<Sentence.Word> w, List<Argument> args, Argument.Role role, Span span,
                            List<Coreference.Mention> mentions, int[] mentionAt) {
        if (span.none()) {
            return;
        }
        // a phrase not headed by a name counts its possessors ("iPhone 4 's features"), not the names that qualify
        // its head ("iPhone 4 buyers", "Apple share price"); with none, the phrase itself. A name before a kind of
        // thing heads its phrase: "an iPod portable music player" is an iPod

        boolean kind = Coreference.kindOfThing(w.get(span.last()).text());
        boolean named = false;
        for (int k = span.first(); k <= span.last(); k++) {
            named |= mentionAt[k] >= 0;
        }
        boolean headed = mentionAt[span.last()] >= 0 || kind && named;
        boolean any = headed;
        for (int k = span.first(); k <= span.last() && !any; k++) {
            int m = mentionAt[k];
            any = m >= 0 && mentions.get(m).last() + 1 <= span.last() && isPossessive(w, mentions.get(m).last() + 1);
        }
        if (!any) {
            // a phrase naming no one ("the army"): itself, standing for no entity
            int first = Math.max(span.first(), span.last() - 5);
            String text = ParticipantFinder.text(w, first, span.last());
            if (args.stream().noneMatch(a -> a.mention().begin() == w.get(first).begin())) {
                args.add(new Argument(role, new Participant(text, w.get(first).begin(), w.get(span.last()).end(),
                        Participant.Type.OTHER), null));
            }
            return;
        }
        // a phrase headed by a name counts that name, the names joined to it ("X and Y") and possessors ("X's Y"),
        // not the names before it that qualify it ("Apple" in "Apple CEO Steve Jobs")
        int seen = -1;
        for (int k = span.first(); k <= span.last(); k++) {
            int m = mentionAt[k];
            if (m >= 0 && m != seen) {
                seen = m;
                int after = mentions.get(m).last() + 1;
                boolean possessor = after <= span.last() && isPossessive(w, after);
                if (headed ? mentionAt[span.last()] != m && !kind && after <= span.last() && !is(w, after, "and")
                        && !is(w, after, "or") && !is(w, after, ",") && !possessor : !possessor) {
                    continue;
                }
                Coreference.Mention x = mentions.get(m);
                if (args.stream().noneMatch(a -> a.mention().begin() == x.text().begin())) {
                    args.add(new Argument(role, x.text(), x.referent()));
                }
            }
        }
    }

    /** The frame of a main verb: its surface subject, object, "by" agent, voice and finiteness. */
    private Frame frame(List<Sentence.Word> w, int v, Frame[] frames, int[] mentionAt) {
        int g = v;
        boolean passive = false;
        boolean infinitive = false;
        boolean finite = isFinite(w, v);
        while (g - 1 >= 0 && (isAuxiliary(w, g - 1) || pos(w, g - 1).startsWith("RB") || is(w, g - 1, "to"))) {
            g--;
            if (BE.contains(lower(w, g)) || lower(w, g).startsWith("get") || lower(w, g).equals("got")) {
                passive |= pos(w, v).equals("VBN");
            }
            if (is(w, g, "to")) {
                infinitive = true;
            }
            finite |= isFinite(w, g) && !infinitive;
        }
        if (infinitive) {
            finite = false;
        }
        Span subject = Span.NONE;
        if (!infinitive) {
            subject = subjectBefore(w, g, v, frames, mentionAt);
        }
        // a participle right after a noun, with no auxiliary, is passive and the noun undergoes it: "the same move
        // made in Jobs' absence", and, tagged as a past or not, "the same move made by Jobs" (Jobs does it)
        if (!infinitive && g == v && v > 0 && (isNoun(w, v - 1) || mentionAt[v - 1] >= 0)
                && (pos(w, v).equals("VBN") && subject.none() || (pos(w, v).equals("VBN") || pos(w, v).equals("VBD"))
                && v + 2 < w.size() && is(w, v + 1, "by") && !phraseAfter(w, v + 2, mentionAt).none())) {
            subject = phraseEndingAt(w, v - 1, mentionAt);
            passive = true;
        }
        Span object = Span.NONE;
        Span byAgent = Span.NONE;
        int k = v + 1;
        while (k < w.size() && ((PARTICLES.contains(lower(w, k)) || TAGGED_PARTICLES.contains(lower(w, k))
                && pos(w, k).equals("RP")) && k + 1 < w.size() && !is(w, k + 1, "to") && !is(w, k + 1, "of")
                || pos(w, k).startsWith("RB") && !is(w, k, "not"))) {
            k++;
        }
        if (passive) {
            if (k + 1 < w.size() && is(w, k, "by")) {
                byAgent = phraseAfter(w, k + 1, mentionAt);
            }
        } else if (k < w.size()) {
            object = phraseStartingAt(w, k, mentionAt);
        }
        // "\"...,\" said Steve Jobs": a report with no subject before it takes the name after it
        if (!passive && subject.none() && finite && v > 0 && (isQuote(w, v - 1) || is(w, v - 1, ","))
                && !object.none() && names(object, mentionAt)) {
            subject = object;
            object = Span.NONE;
        }
        return new Frame(subject, object, byAgent, passive, finite);
    }

    /** The surface subject before a verb group starting at {@code g}. */
    private Span subjectBefore(List<Sentence.Word> w, int g, int v, Frame[] frames, int[] mentionAt) {
        int k = g - 1;
        if (k < 0) {
            return Span.NONE;
        }
        if (is(w, k, ",")) {
            // an apposition or an aside between commas: "Steve Jobs , the Apple CEO , announced"
            int c = -1;
            for (int j = k - 1; j >= 0 && k - j <= SPAN; j--) {
                if (isFinite(w, j) || is(w, j, ";") || is(w, j, ":")) {
                    break;
                }
                if (is(w, j, ",") && j > 0 && (mentionAt[j - 1] >= 0 || isNoun(w, j - 1))) {
                    c = j;
                    break;
                }
            }
            if (c < 0) {
                return Span.NONE;
            }
            k = c - 1;
        }
        if (RELATIVES.contains(lower(w, k)) && (pos(w, k).startsWith("W") || is(w, k, "that"))) {
            // "... Jobs , not Papermaster , who made the decision"
            Span before = subjectBefore(w, k, v, frames, mentionAt);
            return before;
        }
        if (pos(w, k).equals("CC") && k + 1 == g) {
            // "Jobs welcomed everyone and announced": the subject of the verb before of the same form
            Span nearest = Span.NONE;
            for (int u = k - 1; u >= 0; u--) {
                Frame f = frames[u];
                if (f != null && !f.subject().none() && f.finite()) {
                    if (pos(w, u).equals(pos(w, v))) {
                        return f.subject();
                    }
                    if (nearest.none()) {
                        nearest = f.subject();
                    }
                }
            }
            return nearest;
        }
        if (mentionAt[k] >= 0 || isNoun(w, k) || pos(w, k).equals("PRP")) {
            if (pos(w, k).equals("PRP") && OBJECT_PRONOUNS.contains(lower(w, k))) {
                return Span.NONE;
            }
            return phraseEndingAt(w, k, mentionAt);
        }
        return Span.NONE;
    }

    /** The subject a participle or infinitive with none of its own takes from the sentence's other verbs. */
    private Span controller(List<Sentence.Word> w, int v, Frame[] frames) {
        int g = v;
        while (g - 1 >= 0 && (isAuxiliary(w, g - 1) || pos(w, g - 1).startsWith("RB") || is(w, g - 1, "to"))) {
            g--;
        }
        boolean infinitive = g < v && (is(w, g, "to") || g + 1 <= v && is(w, g + 1, "to"));
        boolean participle = pos(w, v).equals("VBG") || pos(w, v).equals("VBN");
        if (!infinitive && !(participle && (g == 0 || is(w, g - 1, ",") || PARTICIPLE_OPENERS.contains(lower(w, g - 1))
                || pos(w, g - 1).equals("VBD") || pos(w, g - 1).equals("VBZ")))) {
            return Span.NONE;
        }
        for (int u = v - 1; u >= 0; u--) {
            Frame f = frames[u];
            if (f != null && !f.subject().none()) {
                if (infinitive && !f.passive() && !f.object().none() && f.object().last() == g - 1
                        && OBJECT_CONTROL.contains(lower(w, u))) {
                    return f.object(); // "asked the board to decide"
                }
                return f.subject();
            }
        }
        if (g == 0 || g == 1) {
            // "While introducing iPhone 4, ..., Jobs started": the subject of the verb after
            for (int u = v + 1; u < w.size(); u++) {
                Frame f = frames[u];
                if (f != null && f.finite() && !f.subject().none()) {
                    return f.subject();
                }
            }
        }
        return Span.NONE;
    }

    /** The noun phrase whose last word is {@code k} (names, possessives and "X and Y" included). */
    private static Span phraseEndingAt(List<Sentence.Word> w, int k, int[] mentionAt) {
        if (k < 0 || mentionAt[k] == IN_TIMEX
                || !(mentionAt[k] >= 0 || isNoun(w, k) || pos(w, k).equals("PRP") || pos(w, k).equals("CD"))) {
            return Span.NONE;
        }
        int first = k;
        while (first - 1 >= 0 && k - first < SPAN && mentionAt[first - 1] != IN_TIMEX
                && (inPhrase(w, first - 1) || mentionAt[first - 1] >= 0)) {
            first--;
        }
        // "Steve Jobs and Steve Wozniak"
        if (first - 2 >= 0 && is(w, first - 1, "and") && (mentionAt[first - 2] >= 0 || isNoun(w, first - 2))) {
            int f2 = first - 2;
            while (f2 - 1 >= 0 && k - f2 < SPAN && mentionAt[f2 - 1] != IN_TIMEX
                    && (inPhrase(w, f2 - 1) || mentionAt[f2 - 1] >= 0)) {
                f2--;
            }
            first = f2;
        }
        return new Span(first, k);
    }

    /**
     * The noun phrase starting at {@code k}, up to its head (possessives and "X and Y" included): none when a verb
     * follows it (the subject of a clause: "said Apple will offer").
     */
    private static Span phraseStartingAt(List<Sentence.Word> w, int k, int[] mentionAt) {
        return phraseStartingAt(w, k, mentionAt, true);
    }

    /** The noun phrase after a preposition ("by", "of"): never a clause's subject, whatever follows it. */
    private static Span phraseAfter(List<Sentence.Word> w, int k, int[] mentionAt) {
        return phraseStartingAt(w, k, mentionAt, false);
    }

    private static Span phraseStartingAt(List<Sentence.Word> w, int k, int[] mentionAt, boolean object) {
        if (k >= w.size() || mentionAt[k] == IN_TIMEX || !(mentionAt[k] >= 0 || inPhrase(w, k) || pos(w, k).equals("PRP"))
                || is(w, k, "that") && !"DT".equals(pos(w, k))) {
            return Span.NONE;
        }
        if (pos(w, k).equals("PRP")) {
            return object && k + 1 < w.size() && startsClause(w, k + 1) ? Span.NONE : new Span(k, k);
        }
        int last = k;
        while (last + 1 < w.size() && last - k < SPAN && mentionAt[last + 1] != IN_TIMEX
                && (inPhrase(w, last + 1) || mentionAt[last + 1] >= 0) && !pos(w, last + 1).equals("DT")) {
            last++;
        }
        if (last + 2 < w.size() && is(w, last + 1, "and") && (mentionAt[last + 2] >= 0 || isNoun(w, last + 2))) {
            last += 2;
            while (last + 1 < w.size() && (mentionAt[last + 1] >= 0 || isNoun(w, last + 1) && mentionAt[last + 1] != IN_TIMEX)) {
                last++;
            }
        }
        // a phrase ends at its last noun or name
        while (last > k && mentionAt[last] < 0 && !isNoun(w, last) && !pos(w, last).equals("CD")) {
            last--;
        }
        if (mentionAt[last] < 0 && !isNoun(w, last) && !pos(w, last).equals("CD")) {
            return Span.NONE;
        }
        if (object && last + 1 < w.size() && startsClause(w, last + 1)) {
            return Span.NONE; // "said Apple will offer": the subject of a clause, not an object
        }
        return new Span(k, last);
    }

    /** Whether a phrase holds a mention. */
    private static boolean names(Span span, int[] mentionAt) {
        for (int k = span.first(); k <= span.last(); k++) {
            if (mentionAt[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A finite verb or a modal: what follows a clause's subject. */
    private static boolean startsClause(List<Sentence.Word> w, int k) {
        return isFinite(w, k);
    }

    private static boolean inPhrase(List<Sentence.Word> w, int k) {
        String p = pos(w, k);
        return p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$") || p.equals("CD")
                || p.equals("POS") || isPossessive(w, k) || p.equals("PDT") || p.equals("HYPH");
    }

    private static boolean isPossessive(List<Sentence.Word> w, int k) {
        String t = w.get(k).text();
        return t.equals("'s") || t.equals("\u2019s") || (t.equals("'") || t.equals("\u2019")) && pos(w, k).equals("POS");
    }

    private static boolean isVerb(List<Sentence.Word> w, int k) {
        return pos(w, k).startsWith("VB");
    }

    private static boolean isNoun(List<Sentence.Word> w, int k) {
        return pos(w, k).startsWith("NN");
    }

    private static boolean isFinite(List<Sentence.Word> w, int k) {
        String p = pos(w, k);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    private static boolean isAuxiliary(List<Sentence.Word> w, int k) {
        return pos(w, k).equals("MD") || AUXILIARIES.contains(lower(w, k)) && (isVerb(w, k) || pos(w, k).equals("MD"))
                || is(w, k, "not") || is(w, k, "n't");
    }

    /** An auxiliary whose verb comes after it ("has" in "has been fighting"). */
    private static boolean isAuxiliaryOf(List<Sentence.Word> w, int k) {
        if (!AUXILIARIES.contains(lower(w, k))) {
            return false;
        }
        int j = k + 1;
        while (j < w.size() && (pos(w, j).startsWith("RB") || is(w, j, "not") || is(w, j, "n't"))) {
            j++;
        }
        return j < w.size() && isVerb(w, j);
    }

    private static boolean isQuote(List<Sentence.Word> w, int k) {
        String t = w.get(k).text();
        return t.equals("\"") || t.equals("''") || t.equals("\u201d") || t.equals("'");
    }

    private static boolean is(List<Sentence.Word> w, int k, String word) {
        return w.get(k).text().equalsIgnoreCase(word);
    }

    private static String lower(List<Sentence.Word> w, int k) {
        return w.get(k).text().toLowerCase(Locale.ROOT);
    }

    private static String pos(List<Sentence.Word> w, int k) {
        String p = w.get(k).pos();
        return p == null ? "" : p;
    }
}
