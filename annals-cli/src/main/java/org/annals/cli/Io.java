package org.annals.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The standard streams a command uses; injected so that tests can run commands in-process.
 *
 * @param in          standard input (the {@code -} file of {@code annals tag})
 * @param out         results
 * @param err         messages and errors
 * @param process     true for the process's own standard streams (which may be a terminal: see {@link Terminal}),
 *                    false for other streams (tests)
 */
public record Io(InputStream in, PrintStream out, PrintStream err, boolean process) {

    /** Streams other than the process's own. */
    public Io(InputStream in, PrintStream out, PrintStream err) {
        this(in, out, err, false);
    }

    /** The process's streams; output is always UTF-8, whatever the locale. */
    public static Io system() {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        return new Io(System.in, out, err, true);
    }
}
