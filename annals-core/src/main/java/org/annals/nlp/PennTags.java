package org.annals.nlp;

import org.annals.text.WordLists;
import java.util.Locale;
import java.util.Set;

/**
 * Turns Universal Dependencies part-of-speech tags (what the OpenNLP UD-EWT model gives) into Penn Treebank tags,
 * from the word's form and the words before it: VERB/AUX become VB, VBD, VBN, VBG, VBZ, VBP or MD; NOUN NN or NNS;
 * PRON PRP, PRP$ or WP; and so on. It is a deterministic approximation: a past form after a form of "have", "be" or
 * "get" is VBN, otherwise VBD ("troops killed" reads VBD).
 */
public final class PennTags {

    private static final WordLists WORDS = WordLists.load(PennTags.class, "/org/annals/nlp/en/penn-tags.tsv");
    private static final Set<String> MODALS = WORDS.get("modals");
    private static final Set<String> POSSESSIVE = WORDS.get("possessive");
    private static final Set<String> WH_PRONOUN = WORDS.get("wh-pronoun");
    private static final Set<String> WH_ADVERB = WORDS.get("wh-adverb");
    private static final Set<String> HAVE_BE_GET = WORDS.get("have-be-get");
    private static final Set<String> DO = WORDS.get("do");
    /** Irregular past tense forms that are not also participles. */
    private static final Set<String> IRREGULAR_PAST = WORDS.get("irregular-past");
    /** Irregular participles that are not also past tense forms. */
    private static final Set<String> IRREGULAR_PARTICIPLE = WORDS.get("irregular-participle");

    private PennTags() {
    }

    /** Penn tags for a sentence's words given their UD tags (compound UD tags such as PRON+AUX use the first). */
    public static String[] of(String[] words, String[] ud) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = tag(words, ud, out, i);
        }
        return out;
    }

    private static String tag(String[] words, String[] ud, String[] penn, int i) {
        String w = words[i];
        String lw = w.toLowerCase(Locale.ROOT);
        String u = ud[i];
        int plus = u.indexOf('+');
        if (plus > 0) {
            u = u.substring(0, plus);
        }
        return switch (u) {
            case "NOUN" -> plural(lw) ? "NNS" : "NN";
            case "PROPN" -> "NNP";
            case "ADJ" -> adjective(lw);
            case "ADV" -> WH_ADVERB.contains(lw) ? "WRB" : lw.equals("more") || lw.equals("less") ? "RBR" : "RB";
            case "VERB", "AUX" -> verb(words, penn, i, lw);
            case "DET" -> WH_PRONOUN.contains(lw) ? "WDT" : "DT";
            case "ADP" -> lw.equals("to") ? "TO" : "IN";
            case "PART" -> lw.equals("to") ? "TO" : lw.equals("'s") || lw.equals("'") ? "POS" : "RB";
            case "PRON" -> POSSESSIVE.contains(lw) ? "PRP$" : lw.equals("whose") ? "WP$"
                    : WH_PRONOUN.contains(lw) ? "WP" : lw.equals("there") ? "EX" : "PRP";
            case "SCONJ" -> WH_ADVERB.contains(lw) ? "WRB" : "IN";
            case "CCONJ" -> "CC";
            case "NUM" -> "CD";
            case "INTJ" -> "UH";
            case "SYM" -> w.equals("$") ? "$" : "SYM";
            case "X" -> "FW";
            case "PUNCT" -> punctuation(w);
            default -> u;
        };
    }

    private static boolean plural(String lw) {
        return lw.length() > 3 && lw.endsWith("s") && !lw.endsWith("ss") && !lw.endsWith("us")
                && !lw.endsWith("is") && !lw.endsWith("'s");
    }

    private static String adjective(String lw) {
        return switch (lw) {
            case "better", "worse", "more", "less", "greater", "larger", "higher", "lower", "earlier", "later" -> "JJR";
            case "best", "worst", "most", "least", "largest", "biggest", "highest", "lowest", "latest" -> "JJS";
            default -> "JJ";
        };
    }

    private static String verb(String[] words, String[] penn, int i, String lw) {
        if (MODALS.contains(lw)) {
            return "MD";
        }
        switch (lw) {
            case "is", "has", "does", "'s" -> {
                return "VBZ";
            }
            case "am", "are", "'re", "'m", "'ve" -> {
                return "VBP";
            }
            case "was", "were", "did" -> {
                return "VBD";
            }
            case "be" -> {
                return "VB";
            }
            case "been", "done" -> {
                return "VBN";
            }
            default -> {
                // below
            }
        }
        if (lw.endsWith("ing") && lw.length() > 4) {
            return "VBG";
        }
        boolean participle = IRREGULAR_PARTICIPLE.contains(lw);
        boolean past = lw.endsWith("ed") && lw.length() > 3 || IRREGULAR_PAST.contains(lw);
        if (participle || past) {
            return participle || afterAuxiliary(words, penn, i) ? "VBN" : "VBD";
        }
        String prev = previousNonAdverb(words, penn, i);
        if (prev != null && (prev.equals("to") || MODALS.contains(prev) || DO.contains(prev))) {
            return "VB";
        }
        if (lw.endsWith("s") && !lw.endsWith("ss") && lw.length() > 2) {
            return "VBZ";
        }
        return prev == null ? "VB" : "VBP";
    }

    /** A form of "have", "be" or "get" among the few words before (adverbs and "not" skipped). */
    private static boolean afterAuxiliary(String[] words, String[] penn, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            String lw = words[k].toLowerCase(Locale.ROOT);
            if (HAVE_BE_GET.contains(lw)) {
                return true;
            }
            String p = penn[k];
            if (!(p.startsWith("RB") || p.equals("PRP") && k < i - 1 || p.equals("CC") && k < i - 1)) {
                return false;
            }
        }
        return false;
    }

    private static String previousNonAdverb(String[] words, String[] penn, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!penn[k].startsWith("RB")) {
                return words[k].toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String punctuation(String w) {
        return switch (w) {
            case ",", ".", ":", "$", "#" -> w;
            case "!", "?" -> ".";
            case ";", "-", "--", "\u2014", "\u2013", "..." -> ":";
            case "(", "[", "{" -> "-LRB-";
            case ")", "]", "}" -> "-RRB-";
            case "``", "\u201C", "\u2018" -> "``";
            case "''", "\u201D", "\u2019" -> "''";
            case "\"", "'" -> "''";
            default -> ":";
        };
    }
}
