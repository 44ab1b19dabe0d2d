package org.annals.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence detection, tokenization and part-of-speech tagging with Apache OpenNLP and its English UD-EWT models
 * ({@code opennlp-models-*-en} 1.1.0, read from the classpath: nothing is downloaded). The tagger model gives
 * Universal Dependencies tags (VERB, NOUN...); {@link PennTags} turns them into Penn Treebank tags (VBD, NNS...) from
 * the word's form and the auxiliaries before it.
 *
 * <p>The models are loaded once, on first use, and shared; the OpenNLP tools built on them are not thread-safe, so
 * each thread keeps its own ({@link ThreadLocal}). All methods are thread-safe.
 */
public final class Nlp {

    /** Resource names at the root of the model jars. */
    static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin";
    static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

    /** Longer runs of text without a sentence end are cut at whitespace so that no "sentence" is unbounded. */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private static final Nlp INSTANCE = new Nlp();

    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(() -> new Tools(Models.INSTANCE));

    private Nlp() {
    }

    /** The shared instance (models load on the first call of {@link #analyze}). */
    public static Nlp get() {
        return INSTANCE;
    }

    /** Loads the models now (otherwise they load on first use). */
    public static void warmUp() {
        Models m = Models.INSTANCE;
        assert m != null;
    }

    /**
     * Splits a text into sentences and tokens and tags the tokens with Penn Treebank tags. Offsets are UTF-16
     * offsets into {@code text}. Blank lines always end a sentence.
     */
    public List<Sentence> analyze(String text) {
        return tag(split(text));
    }

    /**
     * Splits a text into sentences and tokens without tagging them: every word's tag is the empty string. With
     * {@link #tag} it is {@link #analyze} in two steps (the benchmark times them apart).
     */
    public List<Sentence> split(String text) {
        Tools t = tools.get();
        List<Sentence> out = new ArrayList<>();
        // paragraphs (blank-line separated) first: headlines and datelines are not run into the next sentence
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = paragraphEnd(text, i);
            if (end > i) {
                sentences(t, text, i, end, out);
            }
            i = end;
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return out;
    }

    /** The end of the paragraph starting at {@code from}: the start of the next blank line, or the text's end. */
    private static int paragraphEnd(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
                    j++;
                }
                if (j < n && text.charAt(j) == '\n') {
                    return i;
                }
            }
            i++;
        }
        return n;
    }

    private static void sentences(Tools t, String text, int from, int to, List<Sentence> out) {
        String para = text.substring(from, to);
        for (Span s : t.sentences.sentPosDetect(para)) {
            int b = from + s.getStart();
            int e = from + s.getEnd();
            while (e - b > MAX_SENTENCE_CHARS) {
                int cut = b + MAX_SENTENCE_CHARS;
                while (cut > b + 1 && !Character.isWhitespace(text.charAt(cut))) {
                    cut--;
                }
                if (cut <= b + 1) {
                    cut = b + MAX_SENTENCE_CHARS;
                }
                sentence(t, text, b, cut, out);
                b = cut;
                while (b < e && Character.isWhitespace(text.charAt(b))) {
                    b++;
                }
            }
            if (e > b) {
                sentence(t, text, b, e, out);
            }
        }
    }

    private static void sentence(Tools t, String text, int b, int e, List<Sentence> out) {
        String s = text.substring(b, e);
        Span[] spans = t.tokens.tokenizePos(s);
        if (spans.length == 0) {
            return;
        }
        List<Sentence.Word> ws = new ArrayList<>(spans.length);
        for (Span sp : spans) {
            ws.add(new Sentence.Word(b + sp.getStart(), b + sp.getEnd(), s.substring(sp.getStart(), sp.getEnd()), ""));
        }
        out.add(new Sentence(out.size(), ws.get(0).begin(), ws.get(ws.size() - 1).end(), ws));
    }

    /** The sentences of {@link #split} with their words tagged (Penn tags). */
    public List<Sentence> tag(List<Sentence> sentences) {
        Tools t = tools.get();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Sentence.Word> in = s.words();
            String[] words = new String[in.size()];
            for (int k = 0; k < words.length; k++) {
                words[k] = in.get(k).text();
            }
            String[] tags = PennTags.of(words, t.tag(words));
            List<Sentence.Word> ws = new ArrayList<>(words.length);
            for (int k = 0; k < words.length; k++) {
                Sentence.Word w = in.get(k);
                ws.add(new Sentence.Word(w.begin(), w.end(), words[k], tags[k]));
            }
            out.add(new Sentence(s.index(), s.begin(), s.end(), ws));
        }
        return out;
    }

    /** UD tags of words by OpenNLP's beam search of size 1, which {@link GreedyPosTagger} must equal (tests). */
    String[] udTagsByBeamSearch(String[] words) {
        return tools.get().tagWithBeamSearch(words);
    }

    /** UD tags of words by {@link GreedyPosTagger}. */
    String[] udTags(String[] words) {
        return tools.get().tag(words);
    }

    /** The loaded models, shared by all threads (the lazy holder idiom: loaded on first access). */
    private static final class Models {
        static final Models INSTANCE = new Models();

        final SentenceModel sentence;
        final TokenizerModel tokens;
        final POSModel pos;
        final GreedyPosTagger greedy;

        private Models() {
            try (InputStream s = open(SENTENCE_MODEL); InputStream t = open(TOKEN_MODEL);
                 InputStream p = open(POS_MODEL)) {
                sentence = new SentenceModel(s);
                tokens = new TokenizerModel(t);
                pos = new POSModel(p);
                greedy = new GreedyPosTagger((AbstractModel) pos.getArtifact("pos.model"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP models", e);
            }
        }

        private static InputStream open(String name) throws IOException {
            InputStream in = Nlp.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("OpenNLP model " + name + " not on the classpath (opennlp-models-*-en jars)");
            }
            return new java.io.BufferedInputStream(in);
        }
    }

    /** One thread's OpenNLP tools. */
    private static final class Tools {
        final SentenceDetectorME sentences;
        final TokenizerME tokens;
        final GreedyPosTagger tagger;
        final SequenceClassificationModel beam1;
        final POSContextGenerator context;
        final SequenceValidator<String> validator;

        Tools(Models m) {
            sentences = new SentenceDetectorME(m.sentence);
            tokens = new TokenizerME(m.tokens);
            // greedy decoding (beam 1) of the model's maxent classifier: about 3x the speed of the default beam of
            // 3, for a few more tagging errors
            MaxentModel maxent = m.pos.getArtifact("pos.model");
            beam1 = new BeamSearch(1, maxent);
            tagger = m.greedy;
            POSTaggerFactory f = (POSTaggerFactory) m.pos.getFactory();
            context = f.getPOSContextGenerator(0);
            validator = f.getSequenceValidator();
        }

        /** Universal (UD) tags of one sentence's words. */
        String[] tag(String[] words) {
            return tagger.tag(words, context);
        }

        /** The same with OpenNLP's own beam search of size 1 (slower; for tests). */
        String[] tagWithBeamSearch(String[] words) {
            List<String> out = beam1.bestSequence(words, new Object[0], context, validator).getOutcomes();
            return out.toArray(new String[0]);
        }
    }
}
