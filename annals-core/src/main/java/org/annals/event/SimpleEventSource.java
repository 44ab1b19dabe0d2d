package org.annals.event;

import org.annals.text.WordLists;
import org.annals.model.Document;
import org.annals.model.TaggedDocument;
import org.annals.nlp.Sentence;
import org.annals.text.Token;
import org.annals.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A stand-in {@link EventSource}, to be replaced by the trained event recognizer: it knows no parts of speech and
 * finds events by their look alone.
 * <ul>
 *   <li>sentences end at {@code . ! ?} followed by a capitalized word or a digit (not after "Oct", "Mr"...), and at
 *       blank lines;</li>
 *   <li>events are lower-case words ending in {@code -ed} or {@code -ing} (not after a determiner, not in
 *       {@code not-events.txt}) and the event nouns of {@code event-nouns.txt} (invasion, battle, victory...);</li>
 *   <li>tense and aspect come from the words just before ("had invaded": past perfective; "will", "was ...ing");
 *       lemmas are crude (suffix stripped).</li>
 * </ul>
 * Part-of-speech tags are unknown: words get {@code null}, events {@code VB}/{@code NN} from their look. Thread-safe.
 */
public final class SimpleEventSource implements EventSource {

    private static final WordLists WORDS = WordLists.load(SimpleEventSource.class,
            "/org/annals/event/en/simple-events.tsv");
    /** Nouns that name events (also the participant finder's: such a noun is no name). */
    static final Set<String> EVENT_NOUNS = WORDS.lower("event-nouns");
    private static final Set<String> NOUNS = EVENT_NOUNS;
    private static final Set<String> NOT_EVENTS = WORDS.lower("not-events");
    private static final Set<String> DETERMINERS = WORDS.get("determiners");
    private static final Set<String> ABBREVIATIONS = WORDS.get("abbreviations");
    private static final Set<String> REPORTING = WORDS.get("reporting");

    private final Function<Document, TaggedDocument> tagger;
    private final Tokenizer tokenizer = Tokenizer.english();

    /** @param tagger tags the time expressions of a document (e.g. {@code annals::tag}) */
    public SimpleEventSource(Function<Document, TaggedDocument> tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    @Override
    public AnalyzedDocument analyze(Document document) {
        TaggedDocument tagged = tagger.apply(document);
        List<Token> tokens = tokenizer.tokenize(document.text());
        List<Sentence> sentences = sentences(tokens);
        List<Event> events = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Sentence.Word> w = s.words();
            for (int i = 0; i < w.size(); i++) {
                Event e = event(w, i, s.index(), events.size() + 1);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        return new AnalyzedDocument(tagged, sentences, events, List.of());
    }

    /** Splits tokens into sentences. */
    static List<Sentence> sentences(List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        List<Sentence.Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!words.isEmpty() && t.newlinesBefore >= 2) {
                add(out, words);
            }
            words.add(new Sentence.Word(t.begin, t.end, t.text, null));
            if (t.kind == Token.Kind.PUNCT && (t.text.equals(".") || t.text.equals("!") || t.text.equals("?"))) {
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                Token prev = i > 0 ? tokens.get(i - 1) : null;
                boolean abbreviation = t.text.equals(".") && prev != null && prev.end == t.begin
                        && ABBREVIATIONS.contains(prev.lower);
                if (next == null || (!abbreviation && (Character.isUpperCase(next.text.charAt(0))
                        || Character.isDigit(next.text.charAt(0)) || next.text.equals("\"")))) {
                    add(out, words);
                }
            }
        }
        if (!words.isEmpty()) {
            add(out, words);
        }
        return out;
    }

    private static void add(List<Sentence> out, List<Sentence.Word> words) {
        out.add(new Sentence(out.size(), words.get(0).begin(), words.get(words.size() - 1).end(), words));
        words.clear();
    }

    private static Event event(List<Sentence.Word> w, int i, int sentence, int n) {
        String text = w.get(i).text();
        if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean capitalized = Character.isUpperCase(text.charAt(0));
        String noun = NOUNS.contains(lower) ? lower
                : lower.endsWith("s") && NOUNS.contains(lower.substring(0, lower.length() - 1))
                ? lower.substring(0, lower.length() - 1) : null;
        Sentence.Word word = w.get(i);
        if (noun != null) {
            return new Event("e" + n, word.begin(), word.end(), text, noun, "NN", EventClass.OCCURRENCE, Tense.NONE,
                    Aspect.NONE, Polarity.POS, sentence, List.of(), List.of());
        }
        boolean ed = lower.endsWith("ed") && lower.length() >= 5;
        boolean ing = lower.endsWith("ing") && lower.length() >= 6;
        if (capitalized || !(ed || ing) || NOT_EVENTS.contains(lower) || !lower.chars().allMatch(Character::isLetter)) {
            return null;
        }
        if (i > 0 && DETERMINERS.contains(w.get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (i + 1 < w.size() && w.get(i + 1).text().equals("-") && w.get(i + 1).begin() == word.end()) {
            return null; // "scorched-earth"
        }
        // the verb group before the trigger: up to three words back
        Tense tense = ed ? Tense.PAST : Tense.PRESPART;
        Aspect aspect = Aspect.NONE;
        Polarity polarity = Polarity.POS;
        boolean been = false;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String b = w.get(k).text().toLowerCase(Locale.ROOT);
            switch (b) {
                case "not", "never", "t" -> polarity = Polarity.NEG;
                case "been" -> been = true;
                case "had" -> {
                    tense = Tense.PAST;
                    aspect = ing && been ? Aspect.PERFECTIVE_PROGRESSIVE : Aspect.PERFECTIVE;
                    k = -1;
                }
                case "has", "have" -> {
                    tense = Tense.PRESENT;
                    aspect = ing && been ? Aspect.PERFECTIVE_PROGRESSIVE : Aspect.PERFECTIVE;
                    k = -1;
                }
                case "was", "were" -> {
                    tense = Tense.PAST;
                    aspect = ing ? Aspect.PROGRESSIVE : Aspect.NONE;
                    k = -1;
                }
                case "is", "are", "am" -> {
                    tense = Tense.PRESENT;
                    aspect = ing ? Aspect.PROGRESSIVE : Aspect.NONE;
                    k = -1;
                }
                case "will", "shall" -> {
                    tense = Tense.FUTURE;
                    k = -1;
                }
                case "to" -> {
                    tense = Tense.INFINITIVE;
                    k = -1;
                }
                default -> {
                    if (!b.endsWith("ly")) {
                        k = -1;
                    }
                }
            }
        }
        EventClass cls = REPORTING.contains(lower) ? EventClass.REPORTING : EventClass.OCCURRENCE;
        return new Event("e" + n, word.begin(), word.end(), text, lemma(lower), ed ? "VBD" : "VBG", cls, tense,
                aspect, polarity, sentence, List.of(), List.of());
    }

    /** A crude lemma: "crossed" cross, "stopped" stop, "carried" carry, "invaded" invade, "fighting" fight. */
    static String lemma(String lower) {
        String stem;
        if (lower.endsWith("ied")) {
            return lower.substring(0, lower.length() - 3) + "y";
        } else if (lower.endsWith("ed")) {
            stem = lower.substring(0, lower.length() - 2);
        } else if (lower.endsWith("ing")) {
            stem = lower.substring(0, lower.length() - 3);
        } else {
            return lower;
        }
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgmnprt".indexOf(stem.charAt(n - 1)) >= 0) {
            return stem.substring(0, n - 1);
        }
        if (n >= 3 && "vzc".indexOf(stem.charAt(n - 1)) >= 0
                || n >= 3 && isConsonant(stem.charAt(n - 1)) && "aeiou".indexOf(stem.charAt(n - 2)) >= 0
                && isConsonant(stem.charAt(n - 3)) && "aeiou".indexOf(stem.charAt(n - 4 >= 0 ? n - 4 : 0)) < 0
                && "wxyklnr".indexOf(stem.charAt(n - 1)) < 0) {
            return stem + "e";
        }
        return stem;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiou".indexOf(c) < 0;
    }
}
