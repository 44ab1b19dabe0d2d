package org.annals.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.util.SequenceValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence and word splitting (rules: {@link RuleSplitter}) and part-of-speech tagging with Apache OpenNLP's English
 * UD-EWT POS model ({@code opennlp-models-pos-en} 1.1.0, read from the classpath: nothing is downloaded), decoded
 * greedily by {@link GreedyPosTagger}. The model gives Universal Dependencies tags (VERB, NOUN...); {@link PennTags}
 * turns them into Penn Treebank tags (VBD, NNS...) from the word's form and the auxiliaries before it.
 *
 * <p>The model is loaded once, on first use, and shared; the OpenNLP feature generator is not thread-safe, so each
 * thread keeps its own ({@link ThreadLocal}). All methods are thread-safe.
 */
public final class Nlp {

    /** Resource names at the root of the model jars. */
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
        return RuleSplitter.split(text);
    }

    /**
     * The sentences of {@link #split} with their words tagged (Penn tags). A word's text may be another, equal
     * string: the tagger's cached instance of that word (see {@link GreedyPosTagger#tag}).
     */
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

        final POSModel pos;
        final GreedyPosTagger greedy;

        private Models() {
            try (InputStream p = open(POS_MODEL)) {
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
        final GreedyPosTagger tagger;
        final SequenceClassificationModel beam1;
        final POSContextGenerator context;
        final SequenceValidator<String> validator;

        Tools(Models m) {
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
