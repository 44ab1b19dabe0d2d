package org.annals.archive;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * How and when a document came into the archive: what a fact-checker needs to say that nobody slipped it in.
 *
 * @param at     when it was stored (to the millisecond, UTC)
 * @param via    the way in
 * @param client who sent it, for the API the client's address (and any {@code X-Forwarded-For} it relayed); null
 *               when not known
 */
public record Provenance(Instant at, Via via, String client) {

    /** The ways into an archive. */
    public enum Via {
        /** {@code annals ingest}. */
        CLI,
        /** {@code POST /api/documents}. */
        API,
        /** the Spark job. */
        SPARK,
        /** a program calling {@link Archive#ingest(org.annals.model.Document)} itself. */
        LIBRARY;

        /** The lower-case name shown in JSON: {@code cli}, {@code api}, {@code spark}, {@code library}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The way of a label, or null for an unknown one. */
        public static Via ofLabel(String label) {
            for (Via v : values()) {
                if (v.label().equals(label)) {
                    return v;
                }
            }
            return null;
        }
    }

    public Provenance {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(via, "via");
    }

    /** Now, by {@code via}, from an unknown client. */
    public static Provenance now(Via via) {
        return now(via, null);
    }

    /** Now, by {@code via}, from {@code client}. */
    public static Provenance now(Via via, String client) {
        return new Provenance(Instant.now().truncatedTo(ChronoUnit.MILLIS), via, client);
    }
}
