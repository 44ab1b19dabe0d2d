package org.annals.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a word list or table shipped as a class-path resource (UTF-8): blank lines and lines starting with
 * {@code #} are skipped, the others kept with their 1-based line numbers, so that a loader can name the line it
 * refuses ({@code lexicon.tsv:12: expected word, class, value}).
 */
public final class ResourceLines {

    /** One kept line, stripped of surrounding white space, and its number in the file. */
    public record Line(int number, String text) {
        /** The fields of a tab-separated line. */
        public String[] fields() {
            return text.split("\t");
        }
    }

    private ResourceLines() {
    }

    /**
     * The kept lines of a resource, found as {@link Class#getResourceAsStream} finds it (relative to the owner's
     * package, or absolute with a leading {@code /}).
     *
     * @throws IllegalStateException when the resource is missing
     */
    public static List<Line> read(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (beside " + owner.getName() + ")");
            }
            List<Line> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(new Line(n, s));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
