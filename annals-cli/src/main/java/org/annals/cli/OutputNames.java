package org.annals.cli;

import java.util.Locale;

/**
 * The file name {@code annals tag --out DIR} gives the output of an input: the input's file name without its
 * directory and without a {@code .tml}, {@code .sgm}, {@code .txt}, {@code .text} or {@code .xml} extension, followed
 * by the format's ending: {@code x.tml} gives {@code x.json}, {@code x.tml} or {@code x.timexes.txt}; other names
 * keep their extension ({@code notes.md} gives {@code notes.md.json}); standard input is called {@code stdin}.
 */
final class OutputNames {

    private static final String[] STRIPPED = {".tml", ".sgm", ".txt", ".text", ".xml"};

    private OutputNames() {
    }

    static String of(String input, OutputFormat format) {
        return base(input) + format.extension();
    }

    static String base(String input) {
        if ("-".equals(input)) {
            return "stdin";
        }
        String name = input.replace('\\', '/');
        while (name.endsWith("/") && name.length() > 1) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.substring(name.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : STRIPPED) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }
}
