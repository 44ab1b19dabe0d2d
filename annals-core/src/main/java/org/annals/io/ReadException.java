package org.annals.io;

/**
 * PLACEHOLDER until the readers branch is merged: an input that could not be read; the message names the file and
 * the problem.
 */
public class ReadException extends Exception {

    public ReadException(String message) {
        super(message);
    }

    public ReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
