package org.annals;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The layers of annals-core point one way. A package may use its own classes and the packages of
 * the layers below its own; never a package of its own layer (siblings stay independent) nor one
 * above. The order is the one drawn in {@code docs/ARCHITECTURE.md} ("Layers"); a new package is
 * added to {@link #LAYERS} in the same change, or this test fails naming it.
 *
 * <p>The scan reads the main sources of annals-core: every {@code org.annals...} name in code
 * (imports, static imports, fully qualified names) with comments and string literals removed.
 */
class LayersTest {

    /** Bottom to top; packages on one line are siblings of one layer. Names relative to org.annals. */
    static final List<List<String>> LAYERS = List.of(
            List.of("time", "text"),
            List.of("nlp"),
            List.of("model"),
            List.of("expression", "gold"),
            List.of("tagger", "resolve"),
            List.of("tagger.en"),
            List.of("pipeline"),
            List.of("event"),
            List.of("timeline"),
            List.of("io", "api"),
            List.of("eval"));

    private static final Path SOURCES = Path.of("src/main/java/org/annals");
    private static final Pattern NAME = Pattern.compile("\\borg\\.annals\\.((?:[a-z][a-z0-9_]*\\.)*[a-z][a-z0-9_]*)(?=\\.[A-Z*])");

    @Test
    void everyPackageImportsOnlyLayersBelowIt() throws IOException {
        Map<String, Integer> layerOf = layerOf();
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = packageOf(file);
            Integer own = layerOf.get(pkg);
            if (own == null) {
                violations.add("package org.annals." + pkg + " (" + file.getFileName()
                        + ") is in no layer: add it to LayersTest.LAYERS and docs/ARCHITECTURE.md");
                continue;
            }
            for (String used : usedPackages(Files.readString(file, StandardCharsets.UTF_8))) {
                violations.addAll(check(file, pkg, own, used, layerOf));
            }
        }
        if (!violations.isEmpty()) {
            fail(violations.size() + " import(s) against the layers:\n  " + String.join("\n  ", violations));
        }
    }

    @Test
    void theScanSeesAnUpwardImportAndASiblingImport() {
        Map<String, Integer> layerOf = layerOf();
        Path file = Path.of("Example.java");
        String upward = "package org.annals.model;\n// import org.annals.api.Annals; in a comment is no use\n"
                + "import org.annals.time.PartialTime;\nimport org.annals.api.Annals;\n"
                + "class Example { String s = \"org.annals.eval.Scorer\"; }\n";
        List<String> used = usedPackages(upward);
        assertEquals(List.of("time", "api"), used);
        assertTrue(check(file, "model", layerOf.get("model"), "time", layerOf).isEmpty());
        assertEquals(1, check(file, "model", layerOf.get("model"), "api", layerOf).size());
        assertEquals(1, check(file, "tagger", layerOf.get("tagger"), "resolve", layerOf).size(),
                "siblings of one layer must not import each other");
        assertEquals(1, check(file, "model", layerOf.get("model"), "nosuch", layerOf).size(),
                "a package in no layer is reported");
        assertEquals(List.of("tagger.en"), usedPackages("static org.annals.tagger.en.Months.*;"));
    }

    private static List<String> check(Path file, String pkg, int own, String used, Map<String, Integer> layerOf) {
        if (used.equals(pkg)) {
            return List.of();
        }
        Integer target = layerOf.get(used);
        if (target == null) {
            return List.of(file.getFileName() + " in org.annals." + pkg + " uses org.annals." + used
                    + ", which is in no layer");
        }
        if (target < own) {
            return List.of();
        }
        String how = target == own ? "a sibling in the same layer" : "a layer above";
        return List.of(file.getFileName() + " in org.annals." + pkg + " (layer " + own + ") imports org.annals."
                + used + " (layer " + target + ", " + how + ")");
    }

    private static Map<String, Integer> layerOf() {
        Map<String, Integer> map = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                assertTrue(map.put(p, i) == null, "package listed twice: " + p);
            }
        }
        return map;
    }

    private static List<Path> javaFiles() throws IOException {
        assertTrue(Files.isDirectory(SOURCES), "run from annals-core: " + SOURCES.toAbsolutePath());
        try (Stream<Path> s = Files.walk(SOURCES)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(files.size() > 100, "expected the sources of annals-core, found " + files.size());
            return files;
        }
    }

    private static String packageOf(Path file) {
        Path dir = SOURCES.relativize(file.getParent());
        return dir.toString().replace(file.getFileSystem().getSeparator(), ".");
    }

    /** Packages named in code, in order of first use, without the package declaration. */
    static List<String> usedPackages(String source) {
        String code = stripCommentsAndStrings(source).replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
        List<String> used = new ArrayList<>();
        Matcher m = NAME.matcher(code);
        while (m.find()) {
            if (!used.contains(m.group(1))) {
                used.add(m.group(1));
            }
        }
        return used;
    }

    /** Comments, string literals (text blocks included) and char literals replaced by spaces; one pass. */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (c == '"' && s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                while (end > 0 && s.charAt(end - 1) == '\\') {
                    end = s.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && s.charAt(i) != c && s.charAt(i) != '\n') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void strippingKeepsCodeAndDropsCommentsAndLiterals() {
        assertEquals("a   b \"\" c '' d\n",
                stripCommentsAndStrings("a /* org.annals.x.Y */ b \"org.annals.y.Z\" c '\\'' d// org.annals.z.W\n"));
    }
}
