package org.annals.archive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.event.Anchor;
import org.annals.event.Argument;
import org.annals.event.EventClass;
import org.annals.event.Participant;
import org.annals.model.Interval;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.time.DurationValue;
import org.annals.time.Granularity;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;
import org.annals.time.TimeValue;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of a document's annotations: time expressions and timeline entries as JSON, written and read back
 * exactly (a {@link PartialTime} keeps every field and which ones were implied; intervals keep their open sides as
 * epoch days). Independent of the output writers, so that their contract can change without touching stored data.
 * Stateless and thread-safe.
 */
final class StoredJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StoredJson() {
    }

    static String timexes(List<Timex> timexes) {
        return write(g -> {
            g.writeStartArray();
            for (Timex t : timexes) {
                timex(t, g);
            }
            g.writeEndArray();
        });
    }

    static List<Timex> timexes(String json) {
        List<Timex> out = new ArrayList<>();
        for (JsonNode n : read(json)) {
            out.add(new Timex(n.get("tid").asText(), n.get("begin").asInt(), n.get("end").asInt(),
                    n.get("text").asText(), TimexType.valueOf(n.get("type").asText()), time(n.get("time")),
                    n.hasNonNull("mod") ? Mod.valueOf(n.get("mod").asText()) : null, text(n, "quant"),
                    text(n, "freq"), text(n, "anchorTid"), text(n, "anchor"), text(n, "rule")));
        }
        return out;
    }

    static String entry(TimelineEntry e) {
        return write(g -> entry(e, g));
    }

    static TimelineEntry entry(String json) {
        return entry(read(json));
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored annotations are not valid JSON", e);
        }
    }

    private static void timex(Timex t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("tid", t.tid());
        g.writeNumberField("begin", t.begin());
        g.writeNumberField("end", t.end());
        g.writeStringField("text", t.text());
        g.writeStringField("type", t.type().name());
        g.writeFieldName("time");
        time(t.time(), g);
        g.writeStringField("mod", t.mod() == null ? null : t.mod().name());
        g.writeStringField("quant", t.quant());
        g.writeStringField("freq", t.freq());
        g.writeStringField("anchorTid", t.anchorTid());
        g.writeStringField("anchor", t.anchor());
        g.writeStringField("rule", t.rule());
        g.writeEndObject();
    }

    private static void time(TimeValue v, JsonGenerator g) throws IOException {
        g.writeStartObject();
        switch (v) {
            case TimeValue.Reference r -> g.writeStringField("ref", r.name());
            case DurationValue d -> {
                g.writeArrayFieldStart("duration");
                for (DurationValue.Part p : d.parts()) {
                    g.writeStartObject();
                    g.writeStringField("amount", p.amount() == null ? null : p.amount().toPlainString());
                    g.writeStringField("unit", p.unit().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            case PartialTime p -> partial(p, g);
        }
        g.writeEndObject();
    }

    private static void partial(PartialTime p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("partial");
        g.writeStringField("granularity", p.granularity().name());
        if (p.bc()) {
            g.writeBooleanField("bc", true);
        }
        number(g, "century", p.century());
        number(g, "decade", p.decade());
        number(g, "year", p.year());
        number(g, "half", p.half());
        number(g, "quarter", p.quarter());
        if (p.season() != null) {
            g.writeStringField("season", p.season().name());
        }
        number(g, "month", p.month());
        number(g, "week", p.week());
        number(g, "dayOfWeek", p.dayOfWeek());
        number(g, "day", p.day());
        if (p.partOfDay() != null) {
            g.writeStringField("partOfDay", p.partOfDay().name());
        }
        number(g, "hour", p.hour());
        number(g, "minute", p.minute());
        number(g, "second", p.second());
        if (p.zone() != null) {
            g.writeStringField("zone", p.zone());
        }
        if (p.weekend()) {
            g.writeBooleanField("weekend", true);
        }
        if (!p.implied().isEmpty()) {
            g.writeArrayFieldStart("implied");
            for (PartialTime.Field f : p.implied()) {
                g.writeString(f.name());
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Integer v) throws IOException {
        if (v != null) {
            g.writeNumberField(field, v);
        }
    }

    private static TimeValue time(JsonNode n) {
        if (n.has("ref")) {
            return TimeValue.Reference.valueOf(n.get("ref").asText());
        }
        if (n.has("duration")) {
            List<DurationValue.Part> parts = new ArrayList<>();
            for (JsonNode p : n.get("duration")) {
                parts.add(new DurationValue.Part(p.hasNonNull("amount") ? new BigDecimal(p.get("amount").asText()) : null,
                        TimeUnit.valueOf(p.get("unit").asText())));
            }
            return new DurationValue(parts);
        }
        JsonNode p = n.get("partial");
        PartialTime.Builder b = PartialTime.builder(Granularity.valueOf(p.get("granularity").asText()))
                .bc(p.path("bc").asBoolean(false))
                .century(integer(p, "century"))
                .decade(integer(p, "decade"))
                .year(integer(p, "year"))
                .half(integer(p, "half"))
                .quarter(integer(p, "quarter"))
                .season(p.has("season") ? PartialTime.Season.valueOf(p.get("season").asText()) : null)
                .month(integer(p, "month"))
                .week(integer(p, "week"))
                .dayOfWeek(integer(p, "dayOfWeek"))
                .day(integer(p, "day"))
                .partOfDay(p.has("partOfDay") ? PartialTime.PartOfDay.valueOf(p.get("partOfDay").asText()) : null)
                .hour(integer(p, "hour"))
                .minute(integer(p, "minute"))
                .second(integer(p, "second"))
                .zone(text(p, "zone"))
                .weekend(p.path("weekend").asBoolean(false));
        for (JsonNode f : p.path("implied")) {
            b.implied(PartialTime.Field.valueOf(f.asText()));
        }
        return b.build();
    }

    private static Integer integer(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asInt() : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static void entry(TimelineEntry e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("value", e.value());
        g.writeStringField("mod", e.mod());
        g.writeNumberField("start", e.interval().start().toEpochDay());
        g.writeNumberField("end", e.interval().end().toEpochDay());
        g.writeStringField("granularity", e.interval().granularity().name());
        g.writeStringField("anchor", e.anchor() == null ? null : e.anchor().name());
        g.writeStringField("anchorTid", e.anchorTid());
        g.writeStringField("event", e.event());
        g.writeStringField("lemma", e.lemma());
        g.writeStringField("kind", e.kind() == null ? null : e.kind().name());
        g.writeStringField("text", e.text());
        participants("participants", e.participants(), g);
        participants("places", e.places(), g);
        g.writeArrayFieldStart("sources");
        for (TimelineEntry.Source s : e.sources()) {
            g.writeStartObject();
            g.writeStringField("document", s.document());
            g.writeNumberField("begin", s.begin());
            g.writeNumberField("end", s.end());
            g.writeStringField("sentence", s.sentence());
            g.writeStringField("eid", s.eid());
            if (!s.arguments().isEmpty()) {
                g.writeArrayFieldStart("arguments");
                for (Argument a : s.arguments()) {
                    g.writeStartObject();
                    g.writeStringField("role", a.role().name());
                    participant("mention", a.mention(), g);
                    if (a.referent() != null) {
                        participant("referent", a.referent(), g);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void participant(String field, Participant p, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("text", p.text());
        g.writeNumberField("begin", p.begin());
        g.writeNumberField("end", p.end());
        g.writeStringField("type", p.type().name());
        g.writeEndObject();
    }

    private static void participants(String field, List<Participant> ps, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Participant p : ps) {
            g.writeStartObject();
            g.writeStringField("text", p.text());
            g.writeNumberField("begin", p.begin());
            g.writeNumberField("end", p.end());
            g.writeStringField("type", p.type().name());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static TimelineEntry entry(JsonNode n) {
        Interval interval = new Interval(LocalDate.ofEpochDay(n.get("start").asLong()),
                LocalDate.ofEpochDay(n.get("end").asLong()), Granularity.valueOf(n.get("granularity").asText()));
        List<TimelineEntry.Source> sources = new ArrayList<>();
        for (JsonNode s : n.get("sources")) {
            List<Argument> arguments = new ArrayList<>(); // none in entries stored before arguments were found
            if (s.hasNonNull("arguments")) {
                for (JsonNode a : s.get("arguments")) {
                    arguments.add(new Argument(Argument.Role.valueOf(a.get("role").asText()),
                            participant(a.get("mention")), a.hasNonNull("referent") ? participant(a.get("referent"))
                            : null));
                }
            }
            sources.add(new TimelineEntry.Source(text(s, "document"), s.get("begin").asInt(), s.get("end").asInt(),
                    text(s, "sentence"), text(s, "eid"), null, arguments));
        }
        return new TimelineEntry(text(n, "value"), text(n, "mod"), interval, n.get("event").asText(),
                text(n, "lemma"), text(n, "text"), participants(n.get("participants")), participants(n.get("places")),
                sources, n.hasNonNull("anchor") ? Anchor.Basis.valueOf(n.get("anchor").asText()) : null,
                text(n, "anchorTid"), EventClass.ofLabel(text(n, "kind"))); // no kind in entries stored before kinds
    }

    private static List<Participant> participants(JsonNode array) {
        List<Participant> out = new ArrayList<>();
        for (JsonNode p : array) {
            out.add(participant(p));
        }
        return out;
    }

    private static Participant participant(JsonNode p) {
        return new Participant(p.get("text").asText(), p.get("begin").asInt(), p.get("end").asInt(),
                Participant.Type.valueOf(p.get("type").asText()));
    }
}
