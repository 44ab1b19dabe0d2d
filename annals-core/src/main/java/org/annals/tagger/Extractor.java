package org.annals.tagger;

import org.annals.expression.Candidate;
import org.annals.text.Token;

import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the expressions of one family ("month-day-year", "units-ago", "season-of-year"...). Extractors only find
 * and read; anchoring is the resolver's job. Implementations are immutable and thread-safe and take time linear in
 * the number of tokens.
 */
public interface Extractor {

    /** The family name, reported as the rule of each timex it finds. */
    String name();

    /** Emits every candidate found in the tokens. */
    void extract(List<Token> tokens, Consumer<Candidate> out);
}
