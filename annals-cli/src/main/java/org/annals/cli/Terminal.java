package org.annals.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the process talks to a person at a terminal. */
final class Terminal {

    private Terminal() {
    }

    /**
     * True when there is a console and (Java 22 and later, where a console may exist without a terminal)
     * {@code Console.isTerminal()} says it is one.
     */
    static boolean interactive() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
