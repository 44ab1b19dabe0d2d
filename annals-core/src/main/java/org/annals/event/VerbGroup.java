package org.annals.event;

import org.annals.text.WordLists;
import org.annals.nlp.Sentence.Word;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tense, aspect and polarity of an event from its verb group, by rules: the auxiliaries, "to", "not"/"n't"/"never"
 * and adverbs before the trigger (at most 6 words back, within the sentence), and the trigger's Penn tag.
 *
 * <ul>
 * <li>will/shall/'ll ... : FUTURE; other modals: NONE (TimeML keeps them as modality);</li>
 * <li>to + base form: INFINITIVE; the first finite auxiliary's tense otherwise (was/had/did: PAST; is/has/does:
 * PRESENT); without auxiliary VBD: PAST, VBZ/VBP: PRESENT, VBG: PRESPART, VBN: PASTPART, VB: INFINITIVE;</li>
 * <li>have + participle: PERFECTIVE; be + -ing: PROGRESSIVE; have been + -ing: PERFECTIVE_PROGRESSIVE;</li>
 * <li>nouns have tense NONE; adjectives after a form of "be" take its tense;</li>
 * <li>NEG with not, n't, never, no, without before the trigger in its group.</li>
 * </ul>
 */
record VerbGroup(Tense tense, Aspect aspect, Polarity polarity) {

    private static final WordLists WORDS = WordLists.load(VerbGroup.class, "/org/annals/event/en/verb-group.tsv");
    private static final Set<String> FUTURE = WORDS.get("future");
    private static final Set<String> NEGATION = WORDS.get("negation");
    private static final Set<String> HAVE = WORDS.get("have");
    private static final Set<String> BE = WORDS.get("be");
    private static final Set<String> PAST_AUX = WORDS.get("past-aux");
    private static final Set<String> PRESENT_AUX = WORDS.get("present-aux");

    static VerbGroup of(List<Word> ws, int i) {
        Word w = ws.get(i);
        String p = w.pos();
        boolean verb = p.startsWith("VB");
        boolean adjective = p.startsWith("JJ");
        boolean neg = false;
        boolean have = false;
        boolean be = false;
        boolean to = false;
        String modal = null;
        String finite = null;   // the leftmost finite auxiliary
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Word a = ws.get(k);
            String lw = a.text().toLowerCase(Locale.ROOT);
            String ap = a.pos();
            if (NEGATION.contains(lw)) {
                neg = true;
                continue;
            }
            if (ap.startsWith("RB")) {
                continue;
            }
            if (ap.equals("MD") || FUTURE.contains(lw)) {
                modal = lw;
                finite = null;
                break;
            }
            if (HAVE.contains(lw) && (ap.startsWith("VB"))) {
                have = true;
                finite = lw;
                continue;
            }
            if (BE.contains(lw) && ap.startsWith("VB")) {
                be = true;
                finite = lw;
                continue;
            }
            if ((lw.equals("do") || lw.equals("does") || lw.equals("did")) && ap.startsWith("VB")) {
                finite = lw;
                continue;
            }
            if (lw.equals("to") && k == i - 1 - countAdverbs(ws, k + 1, i)) {
                to = true;
            }
            break;
        }
        Polarity polarity = neg ? Polarity.NEG : Polarity.POS;
        if (!verb && !adjective) {
            return new VerbGroup(Tense.NONE, Aspect.NONE, polarity);
        }
        if (adjective) {
            Tense t = !be ? Tense.NONE : modal != null ? modalTense(modal) : finiteTense(finite);
            return new VerbGroup(t, Aspect.NONE, polarity);
        }
        Aspect aspect = Aspect.NONE;
        if (p.equals("VBG") && be && have) {
            aspect = Aspect.PERFECTIVE_PROGRESSIVE;
        } else if (p.equals("VBG") && be) {
            aspect = Aspect.PROGRESSIVE;
        } else if (p.equals("VBN") && have) {
            aspect = Aspect.PERFECTIVE;
        }
        Tense tense;
        if (modal != null) {
            tense = modalTense(modal);
        } else if (to && !have && !be) {
            tense = Tense.INFINITIVE;
        } else if (finite != null) {
            tense = finiteTense(finite);
        } else {
            tense = switch (p) {
                case "VBD" -> Tense.PAST;
                case "VBZ", "VBP" -> Tense.PRESENT;
                case "VBG" -> Tense.PRESPART;
                case "VBN" -> Tense.PASTPART;
                default -> to ? Tense.INFINITIVE : Tense.INFINITIVE;
            };
        }
        return new VerbGroup(tense, aspect, polarity);
    }

    private static int countAdverbs(List<Word> ws, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (ws.get(k).pos().startsWith("RB")) {
                n++;
            }
        }
        return n;
    }

    private static Tense modalTense(String modal) {
        return FUTURE.contains(modal) ? Tense.FUTURE : Tense.NONE;
    }

    private static Tense finiteTense(String aux) {
        if (aux == null) {
            return Tense.NONE;
        }
        if (PAST_AUX.contains(aux)) {
            return Tense.PAST;
        }
        if (PRESENT_AUX.contains(aux)) {
            return Tense.PRESENT;
        }
        return aux.equals("been") || aux.equals("being") || aux.equals("be") || aux.equals("having")
                ? Tense.NONE : Tense.PRESENT;
    }
}
