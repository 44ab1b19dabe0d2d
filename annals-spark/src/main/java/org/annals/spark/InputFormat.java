package org.annals.spark;

import java.util.Locale;

/** What the job reads. */
public enum InputFormat {
    /** JSON lines: one object a line with {@code id}, {@code text}, optional {@code date}, {@code title}, {@code url}. */
    JSONL,
    /** Parquet with the same columns. */
    PARQUET,
    /** A folder of files read as {@code annals tag} reads them (.txt, .tml, .sgm...); the id is the file's path. */
    FILES,
    /** By the path: .jsonl/.json/.ndjson → JSONL, .parquet → PARQUET, else FILES. */
    AUTO;

    public static InputFormat parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + s + "' (auto, jsonl, parquet or files)");
        }
    }

    /** The format of a path for AUTO. */
    static InputFormat of(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        if (p.endsWith(".jsonl") || p.endsWith(".json") || p.endsWith(".ndjson")) {
            return JSONL;
        }
        if (p.endsWith(".parquet")) {
            return PARQUET;
        }
        return FILES;
    }
}
