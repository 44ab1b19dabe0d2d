package org.annals.eval;

/** PLACEHOLDER until the evaluation branch is merged: the scores of an evaluation run. */
public interface EvalResult {

    /** One line: {@code strict-F1=.. relaxed-F1=.. value-F1=.. type-F1=..}. */
    String summaryLine();

    /** The full report, several lines. */
    String report();
}
