package org.annals.nlp;

import java.util.List;

/**
 * A sentence of a document with its words and their part-of-speech tags.
 *
 * @param index the sentence's position in the document, from 0
 * @param begin UTF-16 offset of its first character
 * @param end   offset after its last character
 * @param words its words in order
 */
public record Sentence(int index, int begin, int end, List<Word> words) {

    public Sentence {
        words = List.copyOf(words);
    }

    /**
     * A word and its Penn Treebank part-of-speech tag.
     *
     * @param begin UTF-16 offset into the document text
     * @param end   offset after the word
     * @param text  the word as written
     * @param pos   the Penn tag (VBD, NN, NNP, ...)
     */
    public record Word(int begin, int end, String text, String pos) {
    }
}
