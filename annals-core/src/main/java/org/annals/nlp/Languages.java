package org.annals.nlp;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The language a text is written in, as an ISO 639-1 code ({@code en}, {@code de}), by Apache OpenNLP's language
 * detector and its model of 103 languages ({@code opennlp-models-langdetect} 1.1.0, {@code langdetect-183.bin}, read
 * from the classpath on first use). Unsure answers are none: a text under {@value #MIN_CHARS} letters, or whose best
 * language is not clearly ahead of the next, has no language ({@code null}), never a guess.
 *
 * <p>Only the first {@value #MAX_CHARS} characters are read, so the cost is bounded whatever the text's length.
 * Thread-safe: the model is shared, each call makes its own detector (a few objects).
 */
public final class Languages {

    /** The model's resource name at the root of its jar. */
    static final String MODEL = "langdetect-183.bin";
    /** How much of the text is read. */
    static final int MAX_CHARS = 600;
    /** Fewer letters than this say too little. */
    static final int MIN_CHARS = 40;
    /** How many times likelier than the runner-up the best language must be. */
    static final double MIN_LEAD = 1.3;

    private Languages() {
    }

    /** The language of {@code text} ({@code "en"}, {@code "fr"}...), or null when the text does not say clearly. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        String head = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int letters = 0;
        for (int i = 0; i < head.length() && letters < MIN_CHARS; i++) {
            letters += Character.isLetter(head.charAt(i)) ? 1 : 0;
        }
        if (letters < MIN_CHARS) {
            return null;
        }
        Language[] ranked = new LanguageDetectorME(Model.INSTANCE).predictLanguages(head);
        if (ranked.length == 0) {
            return null;
        }
        if (ranked.length > 1 && ranked[0].getConfidence() < MIN_LEAD * ranked[1].getConfidence()) {
            return null;
        }
        return twoLetters(ranked[0].getLang());
    }

    /**
     * The ISO 639-1 code of a language tag ({@code "eng"}, {@code "en-US"}, {@code "de_DE"} give {@code "en"},
     * {@code "en"}, {@code "de"}); a language without one keeps its three letters; null for a blank or malformed tag.
     */
    public static String twoLetters(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        String primary = (dash < 0 ? t : t.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (primary.length() < 2 || primary.length() > 3 || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        if (primary.length() == 2) {
            return primary;
        }
        String two = THREE_TO_TWO.get(primary);
        return two == null ? primary : two;
    }

    /** ISO 639-2/3 codes to ISO 639-1, from the JDK's own table (both the terminology and bibliographic forms). */
    private static final java.util.Map<String, String> THREE_TO_TWO = threeToTwo();

    private static java.util.Map<String, String> threeToTwo() {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.of(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // a code without three letters: nothing to map
            }
        }
        // bibliographic codes OpenNLP's model uses for some languages
        m.putIfAbsent("ger", "de");
        m.putIfAbsent("fre", "fr");
        m.putIfAbsent("dut", "nl");
        m.putIfAbsent("chi", "zh");
        m.put("ind", "id"); // the JDK's table still has the withdrawn in, iw, ji
        m.put("heb", "he");
        m.put("yid", "yi");
        m.put("cmn", "zh");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("swh", "sw");
        m.put("uzn", "uz");
        return java.util.Map.copyOf(m);
    }

    /** The model, loaded on first use. */
    private static final class Model {
        static final LanguageDetectorModel INSTANCE = load();

        private static LanguageDetectorModel load() {
            try (InputStream in = Languages.class.getClassLoader().getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException(MODEL + " is not on the classpath (opennlp-models-langdetect)");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + MODEL, e);
            }
        }
    }
}
