package org.annals.spark;

import org.annals.api.Annals;
import org.annals.model.Genre;

import java.util.EnumMap;
import java.util.Map;

/**
 * One {@link Annals} per executor JVM and genre, built on first use and shared by all the tasks and records the
 * executor runs ({@code Annals} is immutable and thread-safe; its models load once).
 */
final class Analyzers {

    private static final Map<Genre, Annals> INSTANCES = new EnumMap<>(Genre.class);
    private static int built;

    private Analyzers() {
    }

    static synchronized Annals get(Genre genre) {
        return INSTANCES.computeIfAbsent(genre, g -> {
            built++;
            return Annals.builder().genre(g).build();
        });
    }

    /** How many instances this JVM has built (tests check that it is one per genre, not one per record). */
    static synchronized int built() {
        return built;
    }
}
