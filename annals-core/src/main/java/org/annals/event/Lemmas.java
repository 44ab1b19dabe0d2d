package org.annals.event;

import org.annals.nlp.Sentence.Word;

import java.util.Locale;
import java.util.Map;

/** A small rule lemmatizer: irregular verbs from a table, regular inflections stripped by the Penn tag. */
final class Lemmas {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("saw", "see"),
            Map.entry("seen", "see"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("came", "come"),
            Map.entry("became", "become"), Map.entry("began", "begin"), Map.entry("begun", "begin"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("grew", "grow"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("broke", "break"),
            Map.entry("broken", "break"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("held", "hold"), Map.entry("told", "tell"), Map.entry("sold", "sell"),
            Map.entry("made", "make"), Map.entry("paid", "pay"), Map.entry("found", "find"),
            Map.entry("fought", "fight"), Map.entry("thought", "think"), Map.entry("brought", "bring"),
            Map.entry("bought", "buy"), Map.entry("caught", "catch"), Map.entry("left", "leave"),
            Map.entry("felt", "feel"), Map.entry("kept", "keep"), Map.entry("met", "meet"),
            Map.entry("sent", "send"), Map.entry("spent", "spend"), Map.entry("lost", "lose"),
            Map.entry("led", "lead"), Map.entry("fled", "flee"), Map.entry("won", "win"),
            Map.entry("stood", "stand"), Map.entry("ran", "run"), Map.entry("struck", "strike"),
            Map.entry("built", "build"), Map.entry("heard", "hear"), Map.entry("got", "get"),
            Map.entry("gotten", "get"), Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"),
            Map.entry("are", "be"), Map.entry("been", "be"), Map.entry("had", "have"), Map.entry("has", "have"),
            Map.entry("did", "do"), Map.entry("done", "do"), Map.entry("does", "do"), Map.entry("shown", "show"),
            Map.entry("drew", "draw"), Map.entry("drawn", "draw"), Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"), Map.entry("chose", "choose"), Map.entry("chosen", "choose"),
            Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("drove", "drive"),
            Map.entry("driven", "drive"), Map.entry("spoke", "speak"), Map.entry("spoken", "speak"),
            Map.entry("shot", "shoot"), Map.entry("meant", "mean"), Map.entry("sought", "seek"),
            Map.entry("understood", "understand"), Map.entry("forgot", "forget"), Map.entry("men", "man"),
            Map.entry("children", "child"), Map.entry("people", "people"));

    private Lemmas() {
    }

    static String of(Word w) {
        String lw = w.text().toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lw);
        if (irregular != null) {
            return irregular;
        }
        String p = w.pos();
        int n = lw.length();
        if (p.equals("NNS") && n > 3) {
            if (lw.endsWith("ies")) {
                return lw.substring(0, n - 3) + "y";
            }
            if (lw.endsWith("sses") || lw.endsWith("ches") || lw.endsWith("shes") || lw.endsWith("xes")) {
                return lw.substring(0, n - 2);
            }
            return lw.endsWith("s") ? lw.substring(0, n - 1) : lw;
        }
        if (p.startsWith("VB")) {
            if ((p.equals("VBD") || p.equals("VBN")) && lw.endsWith("ed") && n > 4) {
                return stem(lw.substring(0, n - 2));
            }
            if (p.equals("VBG") && lw.endsWith("ing") && n > 5) {
                return stem(lw.substring(0, n - 3));
            }
            if (p.equals("VBZ") && n > 3) {
                if (lw.endsWith("ies")) {
                    return lw.substring(0, n - 3) + "y";
                }
                if (lw.endsWith("ches") || lw.endsWith("shes") || lw.endsWith("sses") || lw.endsWith("xes")) {
                    return lw.substring(0, n - 2);
                }
                return lw.endsWith("s") ? lw.substring(0, n - 1) : lw;
            }
        }
        return lw;
    }

    /** Undoes a doubled final consonant ("stopp" -> "stop") and restores a dropped "e" in common cases. */
    private static String stem(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        if (s.endsWith("i") && n > 2) {
            return s.substring(0, n - 1) + "y";
        }
        if (n > 2 && (s.endsWith("at") || s.endsWith("iz") || s.endsWith("us") || s.endsWith("ur")
                || s.endsWith("uc") || s.endsWith("ov") || s.endsWith("iv") || s.endsWith("rg")
                || s.endsWith("ng") && !s.endsWith("ing") || s.endsWith("nc") || s.endsWith("rs") || s.endsWith("ag")
                || s.endsWith("ul") || s.endsWith("as") || s.endsWith("os") || s.endsWith("ut") && n > 4)) {
            return s + "e";
        }
        return s;
    }
}
