package org.annals.cli;

import org.annals.archive.ArchiveQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.time.LocalDate;

/** Checks the query arguments of the archive commands; a bad combination is a usage error. */
final class ArchiveArguments {

    private ArchiveArguments() {
    }

    static ArchiveQuery query(CommandSpec spec, String text, LocalDate from, LocalDate to, int limit) {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new ArchiveQuery(text, from, to, limit);
    }
}
