package org.annals.eval;

import java.util.List;

/**
 * The score of one document.
 *
 * @param source   the document (file name)
 * @param counts   its counts ({@link Counts#ZERO} when it failed)
 * @param findings its errors in text order
 * @param error    why the document could not be read or tagged, or null
 */
public record DocumentResult(String source, Counts counts, List<Finding> findings, String error) {

    public DocumentResult {
        findings = List.copyOf(findings);
    }

    public static DocumentResult failed(String source, String error) {
        return new DocumentResult(source, Counts.ZERO, List.of(), error);
    }

    public boolean failed() {
        return error != null;
    }
}
