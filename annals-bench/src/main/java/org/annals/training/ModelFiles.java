package org.annals.training;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a trained model goes: its file ({@code x.bin}, folders made) and its provenance beside it ({@code x.properties}). */
final class ModelFiles {

    /** Writes a model's bytes. */
    interface Model {
        void write(OutputStream out) throws IOException;
    }

    private ModelFiles() {
    }

    /** Writes the model to {@code out}; returns the path of its provenance file. */
    static Path write(Path out, Model model) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        return out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", "") + ".properties");
    }
}
