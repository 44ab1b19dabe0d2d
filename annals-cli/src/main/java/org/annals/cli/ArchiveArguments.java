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
        return query(spec, text, from, to, limit, 0);
    }

    static ArchiveQuery query(CommandSpec spec, String text, LocalDate from, LocalDate to, int limit, int offset) {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        if (offset < 0 || (long) offset + limit > ArchiveQuery.MAX_REACH) {
            throw new ParameterException(spec.commandLine(), "--offset must be 0.." + (ArchiveQuery.MAX_REACH - limit)
                    + " with --limit " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        return new ArchiveQuery(text, from, to, limit, offset);
    }
}
