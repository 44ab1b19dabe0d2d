package org.annals.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.annals.api.Annals;
import org.annals.model.DocumentDate;
import org.annals.timeline.Entities;
import org.annals.timeline.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code annals entities}: the people, organizations and places documents name, most named first. */
@Command(name = "entities", sortOptions = false, mixinStandardHelpOptions = true,
        headerHeading = "%n",
        header = "List the entities of documents: who and what their events involve, most named first.",
        description = {
            "Reads each FILE or the documents of a DIR (as annals timeline does), or the entries of an archive"
                + " (--index DIR), finds the people, organizations and places named around their events, and lists"
                + " each entity once: how many times and in how many documents it is named, its type, and the names"
                + " it goes by (\"Jobs\" is \"Steve Jobs\" when it ends exactly one longer name). The names are"
                + " what annals timeline --about takes.",
            "Not yet: pronouns and descriptions (\"he\", \"the company\") counted as mentions."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:some document could not be read or analysed (the others are listed)",
            "2:usage error"})
final class EntitiesCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table, the default) or json ({\"entities\": [{\"name\", \"type\", \"mentions\","
                    + " \"documents\", \"names\"}]}).")
    private Format format;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD|today", converter = Converters.DocumentDateArg.class,
            description = "The document date of every file, instead of the one found in it.")
    private DocumentDate dct;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = Converters.CharsetArg.class,
            description = "The charset of plain-text input, instead of the one its bytes show.")
    private java.nio.charset.Charset encoding;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The entities of an archive's stored entries (see 'annals ingest'), instead of files.")
    private java.nio.file.Path index;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR", description = "Files or directories; '-' reads standard"
            + " input.")
    private List<String> inputs = List.of();

    private final Io io;

    EntitiesCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        List<Timeline> timelines = new ArrayList<>();
        int failures = 0;
        if (index != null) {
            if (!inputs.isEmpty() || dct != null || encoding != null) {
                throw new ParameterException(spec.commandLine(), "--index reads the archive: no FILE, --dct or"
                        + " --encoding with it");
            }
            timelines = archived(index);
        } else {
            if (inputs.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "a FILE or DIR is needed (or --index DIR)");
            }
            List<String> files = Inputs.oneDocumentFiles(inputs);
            if (files.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "no document in " + String.join(", ", inputs));
            }
            Annals annals = Annals.create();
            for (String f : files) {
                Timeline t = Inputs.process(io, "entities", f, dct, encoding, "analysis",
                        d -> annals.timeline(List.of(d)));
                if (t == null) {
                    failures++;
                } else {
                    timelines.add(t);
                }
            }
        }
        List<Entities.Entity> entities = Entities.of(timelines);
        if (format == Format.JSON) {
            Writer w = new OutputStreamWriter(io.out(), StandardCharsets.UTF_8);
            try (JsonGenerator g = JsonFactory.builder().build().createGenerator(w)) {
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeArrayFieldStart("entities");
                for (Entities.Entity e : entities) {
                    g.writeStartObject();
                    g.writeStringField("name", e.name());
                    g.writeStringField("type", e.type().label());
                    g.writeNumberField("mentions", e.mentions());
                    g.writeNumberField("documents", e.documents());
                    g.writeArrayFieldStart("names");
                    for (String n : e.names()) {
                        g.writeString(n);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            w.write('\n');
            w.flush();
        } else {
            PrintStream out = new PrintStream(io.out(), true, StandardCharsets.UTF_8);
            out.printf("%-9s %-10s %-13s %s%n", "mentions", "documents", "type", "name (other names)");
            for (Entities.Entity e : entities) {
                List<String> others = e.names().stream().filter(n -> !n.equals(e.name())).toList();
                out.printf("%-9d %-10d %-13s %s%s%n", e.mentions(), e.documents(), e.type().label(), e.name(),
                        others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** The archive's entries, one timeline per stored document (an entry of several, its first). */
    private List<Timeline> archived(java.nio.file.Path dir) throws IOException {
        org.annals.archive.ArchiveQuery all = new org.annals.archive.ArchiveQuery(null, null, null,
                org.annals.archive.ArchiveQuery.MAX_REACH);
        java.util.Map<String, List<org.annals.timeline.TimelineEntry>> byDocument = new java.util.LinkedHashMap<>();
        try (org.annals.archive.LuceneArchive archive = org.annals.archive.LuceneArchive.openReadOnly(dir)) {
            long total = archive.entryCount(all);
            if (total > all.limit()) {
                io.err().println("annals entities: the archive holds " + total + " entries; the first "
                        + all.limit() + " are counted");
            }
            for (org.annals.timeline.TimelineEntry e : archive.timeline(all).entries()) {
                String d = e.sources().isEmpty() ? "" : e.sources().get(0).documentId();
                byDocument.computeIfAbsent(d == null ? "" : d, k -> new ArrayList<>()).add(e);
            }
        }
        List<Timeline> out = new ArrayList<>();
        byDocument.values().forEach(es -> out.add(new Timeline(es)));
        return out;
    }
}
