package org.annals.eval;

import org.annals.api.Annals;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** PLACEHOLDER until the evaluation branch is merged: scores annals against a gold-standard directory. */
public final class Evaluation {

    private Evaluation() {
    }

    /** Tags every gold document, compares, and (when {@code errorsOrNull} is given) prints each error there. */
    public static EvalResult run(Annals annals, Path goldDir, GoldFormat format, PrintStream errorsOrNull)
            throws IOException {
        throw new UnsupportedOperationException("evaluation is not merged into this branch yet");
    }
}
