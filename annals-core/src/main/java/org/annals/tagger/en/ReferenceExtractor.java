package org.annals.tagger.en;

import org.annals.expression.TemporalExpression;
import org.annals.model.TimexType;
import org.annals.tagger.RuleExtractor;
import org.annals.text.Token;
import org.annals.time.TimeValue.Reference;

import java.util.Set;

import static org.annals.tagger.T.word;
import static org.annals.tagger.TokenPattern.cap;
import static org.annals.tagger.TokenPattern.of;
import static org.annals.tagger.TokenPattern.opt;
import static org.annals.tagger.TokenPattern.phrase;

/**
 * References to the present, past and future: "now", "currently", "at present", "nowadays", "recently", "lately",
 * "the past", "the future", "recent years" (PAST_REF). "Soon" is left out: too vague, rarely annotated.
 */
public final class ReferenceExtractor extends RuleExtractor {

    public ReferenceExtractor() {
        super("reference");
        rule("now", of(cap("w", word("now", "currently", "nowadays", "presently", "current"))), m -> {
            Token w = m.get("w");
            Token next = w.index + 1 < m.tokens().size() ? m.tokens().get(w.index + 1) : null;
            Token prev = w.index > 0 ? m.tokens().get(w.index - 1) : null;
            if (w.lower.equals("now") && next != null && (next.lower.equals("that") && prev != null && prev.isPunct(',')
                    || next.isPunct('-'))) {
                return null;
            }
            if (w.lower.equals("now") && prev != null && (prev.lower.equals("by") || prev.lower.equals("until")
                    || prev.lower.equals("from") || prev.lower.equals("till") || prev.lower.equals("right"))) {
                return ref(Reference.PRESENT_REF);
            }
            if (w.lower.equals("current")) {
                // "the current quarter" is a date of its own (unit-shift); the adjective alone is left out
                return null;
            }
            return ref(Reference.PRESENT_REF);
        });
        // "more recently": the comparative is part of it ("most recently" introduces a date: left alone)
        rule("more-recently", 1, of(cap("m", word("more")), cap("w", word("recently"))), m -> ref(Reference.PAST_REF));
        rule("at-present", 1, of(phrase("at present")), m -> ref(Reference.PRESENT_REF).trim(1, 0));
        rule("the-present", 1, of(phrase("the present")), m -> {
            if (m.end < m.tokens().size() && m.tokens().get(m.end).kind == Token.Kind.WORD
                    && !Set.of("and", "or", "day").contains(m.tokens().get(m.end).lower)) {
                return null;
            }
            return ref(Reference.PRESENT_REF);
        });
        rule("present-day", 2, of(opt(word("the")), cap("p", word("present")), opt(org.annals.tagger.T.HYPHEN),
                cap("d", word("day"))), m -> ref(Reference.PRESENT_REF));
        rule("these-days", 1, of(phrase("these days")), m -> ref(Reference.PRESENT_REF));
        rule("recently", of(cap("w", word("recently", "lately"))), m -> {
            return ref(Reference.PAST_REF);
        });
        rule("the-past", 1, of(cap("the", word("the", "in")), cap("p", word("past"))), m -> {
            if (m.end < m.tokens().size()) {
                Token next = m.tokens().get(m.end);
                if (next.kind == Token.Kind.WORD && !Set.of("and", "or", "but", "as", "when", "that", "the")
                        .contains(next.lower) || next.isNumber()) {
                    return null;
                }
            }
            return ref(Reference.PAST_REF).trim(m.get("the").lower.equals("in") ? 1 : 0, 0);
        });
        rule("the-future", 1, of(cap("the", word("the", "in", "near")), cap("p", word("future"))), m -> {
            if (m.end < m.tokens().size()) {
                Token next = m.tokens().get(m.end);
                if (next.kind == Token.Kind.WORD && !Set.of("and", "or", "but", "as", "when", "that")
                        .contains(next.lower) || next.isNumber()) {
                    return null;
                }
            }
            return ref(Reference.FUTURE_REF).trim(m.get("the").lower.equals("in") ? 1 : 0, 0);
        });
        rule("near-future", 2, of(phrase("the near future")), m -> ref(Reference.FUTURE_REF));
        rule("recent-units", 1, of(cap("r", word("recent")), cap("unit", word("years", "decades", "times"))),
                m -> ref(Reference.PAST_REF));
    }

    private static Reading ref(Reference r) {
        return new Reading(new TemporalExpression.Ref(r), TimexType.DATE);
    }
}
