package org.annals.io;

/**
 * A document could not be read: the message names the file and the problem, e.g.
 * {@code "bad.tml: XML not well-formed at line 3, column 7: ..."}.
 */
public final class ReadException extends Exception {

    private final String name;

    /**
     * @param name    the file (or stream) name
     * @param problem what is wrong, without the name
     */
    public ReadException(String name, String problem) {
        super(name + ": " + problem);
        this.name = name;
    }

    /**
     * @param name    the file (or stream) name
     * @param problem what is wrong, without the name
     * @param cause   the underlying exception
     */
    public ReadException(String name, String problem, Throwable cause) {
        super(name + ": " + problem, cause);
        this.name = name;
    }

    /** The name of the file or stream that could not be read. */
    public String name() {
        return name;
    }
}
