package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.annals.api.Annals;
import org.annals.io.JsonWriter;
import org.annals.io.Readers;
import org.annals.io.TimelineJsonWriter;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every route of a real server on a random port, with an in-memory archive: answers, and every kind of error. */
class ApiTest {

    static final long MAX_BODY = 16 * 1024;
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2023-03-20T12:00:00Z"), ZoneOffset.UTC);
    static final Function<Genre, Annals> ANNALS = g -> Annals.builder().genre(g).clock(CLOCK).build();
    static final String TEXT = "text/plain; charset=utf-8";
    static final String JSON = "application/json";

    static AnnalsServer server;
    static FakeArchive archive;
    static Http http;

    @BeforeAll
    static void start() {
        archive = new FakeArchive(ANNALS.apply(Genre.AUTO));
        server = AnnalsServer.start(settings(), ANNALS, archive);
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
        archive.close();
    }

    static ServerSettings settings() {
        return ServerSettings.defaults().withPort(0).withMaxBodyBytes(MAX_BODY).withWorkers(2);
    }

    static Document withDct(Document d, String dct) {
        return d.withDate(DocumentDate.of(LocalDate.parse(dct), DocumentDate.Source.ARGUMENT));
    }

    static String json(String... keyValues) {
        com.fasterxml.jackson.databind.node.ObjectNode o = Http.MAPPER.createObjectNode();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            o.put(keyValues[i], keyValues[i + 1]);
        }
        return o.toString();
    }

    // ---- POST /api/tag and /api/timeline: the CLI's JSON

    @Test
    void tagJsonBodyGivesTheCliJson() {
        Http.Response r = http.post("/api/tag", JSON, json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith(JSON), r.contentType());
        Document doc = withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, Articles.harbour()), "2023-03-14");
        assertEquals(JsonWriter.pretty().toJson(List.of(ANNALS.apply(Genre.AUTO).tag(doc))), r.body());
        JsonNode t = r.json().path("documents").path(0).path("timexes");
        assertTrue(t.size() > 5, r.body());
        assertEquals("argument", r.json().path("documents").path(0).path("dct").path("from").asText());
    }

    @Test
    void tagPlainTextWithQueryParametersGivesTheCliJson() {
        Http.Response r = http.post("/api/tag?dct=2023-03-14&genre=narrative&source=museum.txt", TEXT,
                Articles.harbour());
        assertEquals(200, r.status(), r.body());
        Document doc = withDct(Document.of("museum.txt", Articles.harbour()), "2023-03-14");
        assertEquals(JsonWriter.pretty().toJson(List.of(ANNALS.apply(Genre.NARRATIVE).tag(doc))), r.body());
        assertEquals("narrative", r.json().path("documents").path(0).path("genre").asText());
    }

    @Test
    void aTextWithNoDateHasNoneAndTodayOnlyOnRequest() {
        Http.Response none = http.post("/api/tag", TEXT, "The talks began yesterday.");
        assertEquals(200, none.status(), none.body());
        JsonNode d = none.json().path("documents").path(0);
        assertTrue(d.path("dct").path("value").isNull(), none.body());
        assertEquals("none", d.path("dct").path("from").asText());
        assertEquals("XXXX-XX-XX", d.path("timexes").path(0).path("value").asText());
        Http.Response today = http.post("/api/tag?dct=today", TEXT, "The talks began yesterday.");
        assertEquals(200, today.status(), today.body());
        assertEquals("today", today.json().path("documents").path(0).path("dct").path("from").asText());
        assertEquals("2023-03-19", today.json().path("documents").path(0).path("timexes").path(0).path("value")
                .asText(), "today by the server's own clock (Annals.today)");
    }

    @Test
    void tagUploadReadsTheFileByItsExtension() throws Exception {
        String tml = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>x</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\""
                + " value=\"1998-02-06\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">02/06/1998"
                + "</TIMEX3></DCT>\n<TEXT>The talks resumed last Tuesday &amp; ended on March 3.</TEXT>\n</TimeML>\n";
        byte[] bytes = tml.getBytes(StandardCharsets.UTF_8);
        Http.Multipart m = Http.multipart("talks.tml", bytes);
        Http.Response r = http.post("/api/tag", m.contentType(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
        assertEquals(200, r.status(), r.body());
        Document doc = Readers.read("talks.tml", bytes);
        assertEquals(JsonWriter.pretty().toJson(List.of(ANNALS.apply(Genre.AUTO).tag(doc))), r.body());
        JsonNode d = r.json().path("documents").path(0);
        assertEquals("talks.tml", d.path("source").asText());
        assertEquals("header", d.path("dct").path("from").asText());
        assertEquals("1998-02-06", d.path("dct").path("value").asText());
        assertFalse(d.has("text"), "only with withText=true");

        // a text/plain body named by its source is read by that name's reader, a declared charset or not
        Http.Response declared = http.post("/api/tag?source=talks.tml", "text/plain; charset=UTF-8",
                HttpRequest.BodyPublishers.ofByteArray(bytes));
        assertEquals(200, declared.status(), declared.body());
        assertEquals("1998-02-06", declared.json().path("documents").path(0).path("dct").path("value").asText(),
                declared.body());

        Http.Response withText = http.post("/api/tag?withText=true", m.contentType(),
                HttpRequest.BodyPublishers.ofByteArray(m.body()));
        assertEquals(200, withText.status(), withText.body());
        JsonNode w = withText.json().path("documents").path(0);
        assertEquals(doc.text(), w.path("text").asText());
        assertEquals(d.path("timexes"), w.path("timexes"));
        JsonNode t = w.path("timexes").path(0);
        assertEquals(t.path("text").asText(), doc.text().substring(t.path("begin").asInt(), t.path("end").asInt()));
    }

    @Test
    void uploadTakesFormFields() {
        Http.Multipart m = Http.multipart("note.txt", "The fair opened on Monday.".getBytes(StandardCharsets.UTF_8),
                "dct", "2023-03-14", "genre", "news");
        Http.Response r = http.post("/api/tag", m.contentType(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
        assertEquals(200, r.status(), r.body());
        JsonNode t = r.json().path("documents").path(0).path("timexes").path(0);
        assertEquals("2023-03-13", t.path("value").asText(), r.body());
        assertEquals("t0", t.path("anchorTid").asText());
        assertFalse(t.path("anchor").asText().isEmpty(), "readable anchor: " + r.body());
    }

    @Test
    void timelineGivesTheCliJson() {
        Http.Response r = http.post("/api/timeline", JSON, json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(200, r.status(), r.body());
        Document doc = withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, Articles.harbour()), "2023-03-14");
        assertEquals(new TimelineJsonWriter(true).toJson(ANNALS.apply(Genre.AUTO).timeline(List.of(doc))), r.body());
        assertTrue(r.json().path("entries").size() > 3, r.body());
    }

    /** Every file {@code annals timeline --format} writes, for a posted document: the same bytes, as a download. */
    @Test
    void timelineInEveryFormatIsTheCliFile() throws Exception {
        Document doc = withDct(Document.of("harbour.txt", Articles.harbour()), "2023-03-14");
        org.annals.timeline.Timeline t = ANNALS.apply(Genre.AUTO).timeline(List.of(doc));
        for (org.annals.io.TimelineFormat f : org.annals.io.TimelineFormat.values()) {
            Http.Response r = http.post("/api/timeline?format=" + f.label() + "&source=harbour.txt", JSON,
                    json("text", Articles.harbour(), "dct", "2023-03-14"));
            assertEquals(200, r.status(), f + ": " + r.body());
            java.io.StringWriter expected = new java.io.StringWriter();
            f.write(t, "harbour.txt", null, expected);
            assertEquals(expected.toString(), r.body(), f.label());
            assertTrue(r.contentType().startsWith(f.mediaType().replaceAll(";.*", "")), f + ": " + r.contentType());
            if (f == org.annals.io.TimelineFormat.JSON) {
                assertEquals("", r.disposition());
            } else {
                assertEquals("attachment; filename=\"harbour-" + f.fileName() + "\"", r.disposition());
            }
        }
        assertTrue(http.post("/api/timeline?format=csv", JSON, json("text", Articles.harbour(), "dct", "2023-03-14"))
                .body().startsWith("when,value,mod,"));
        Http.Response tml = http.post("/api/timeline?format=timeml&source=harbour.txt", JSON,
                json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(200, tml.status(), tml.body());
        assertEquals(new org.annals.io.TimeMLEventWriter().toTimeML(ANNALS.apply(Genre.AUTO).link(doc).document()),
                tml.body());
        assertTrue(tml.contentType().startsWith("application/xml"), tml.contentType());
        assertEquals("attachment; filename=\"harbour.tml\"", tml.disposition());
        assertError(400, "format: unknown timeline format 'pdf'; one of text, json, csv, timelinejs, timeml",
                http.post("/api/timeline?format=pdf", JSON, json("text", Articles.harbour())));
    }

    /** A document's timeline about an entity: its entries only, each saying which mention names it, and its role. */
    @Test
    void timelineAboutAnEntity() {
        String text = "Steve Jobs founded Apple in 1976. In 1985 Jobs left the company. Bill Gates founded Microsoft"
                + " in 1975.";
        Http.Response r = http.post("/api/timeline?about=Steve%20Jobs", JSON, json("text", text, "dct", "2011-10-06"));
        assertEquals(200, r.status(), r.body());
        JsonNode entries = r.json().path("entries");
        assertEquals(2, entries.size(), r.body());
        assertEquals("founded", entries.path(0).path("event").asText());
        assertEquals("Steve Jobs", entries.path(0).path("about").path("mention").path("text").asText());
        assertEquals("agent", entries.path(0).path("about").path("role").asText(), r.body());
        assertEquals("Jobs", entries.path(1).path("about").path("mention").path("text").asText());
        assertEquals("agent", entries.path(1).path("about").path("role").asText(), r.body());
        // each mention's arguments, the entity they stand for included ("Jobs": Steve Jobs)
        JsonNode left = entries.path(1).path("sources").path(0).path("arguments");
        assertEquals("Steve Jobs", left.path(0).path("entity").path("text").asText(), r.body());
        assertEquals("the company", left.path(1).path("text").asText(), r.body());
        assertEquals("patient", left.path(1).path("role").asText(), r.body());
        assertError(400, "about: an entity needs a name", http.post("/api/timeline?about=%20-", JSON,
                json("text", text)));
        assertError(400, "about does not apply to format=timeml", http.post("/api/timeline?about=Jobs&format=timeml",
                JSON, json("text", text)));
    }

    /** What a reader hides (kinds, predicates) is left out of a document's timeline, in every format. */
    @Test
    void timelineHidesKindsAndPredicates() {
        Http.Response all = http.post("/api/timeline", JSON, json("text", Articles.harbour(), "dct", "2023-03-14"));
        Http.Response some = http.post("/api/timeline?hide=reporting,published", JSON,
                json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(200, some.status(), some.body());
        int reports = 0;
        int published = 0;
        for (JsonNode e : all.json().path("entries")) {
            reports += "reporting".equals(e.path("kind").asText()) ? 1 : 0;
            published += "published".equals(e.path("event").asText()) ? 1 : 0;
        }
        assertTrue(reports > 0 && published == 1, all.body());
        assertEquals(all.json().path("entries").size() - reports - published, some.json().path("entries").size());
        for (JsonNode e : some.json().path("entries")) {
            assertFalse("reporting".equals(e.path("kind").asText()) || "published".equals(e.path("event").asText()),
                    e.toString());
        }
        // a predicate by its base form
        Http.Response noSay = http.post("/api/timeline?format=csv&hide=say", JSON,
                json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertFalse(noSay.body().contains(",say,") || noSay.body().contains(",said,"), noSay.body());
        assertError(400, "hide: at most 100", http.post("/api/timeline?hide=" + "x,".repeat(101), JSON,
                json("text", Articles.harbour())));
    }

    /** An analysis job: its steps, its answer (the tag JSON with text and the timeline), once; cancel; 404, 409. */
    @Test
    void analysisJobsRunToTheirAnswerOrAreCancelled() throws Exception {
        Http.Response started = http.post("/api/jobs?source=harbour.txt", JSON,
                json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(202, started.status(), started.body());
        String id = started.json().path("id").asText();
        assertEquals(2, started.json().path("steps").asInt());
        assertTrue(java.util.Set.of("queued", "running", "done").contains(started.json().path("state").asText()),
                started.body());
        JsonNode job = started.json();
        for (int k = 0; k < 200 && !job.path("state").asText().equals("done"); k++) {
            Thread.sleep(25);
            job = http.get("/api/jobs/" + id).json();
            assertTrue(java.util.Set.of("queued", "running", "done").contains(job.path("state").asText()), job.toString());
        }
        assertEquals("done", job.path("state").asText(), job.toString());
        assertEquals("/api/jobs/" + id + "/result", job.path("result").asText());
        Http.Response result = http.get("/api/jobs/" + id + "/result");
        assertEquals(200, result.status(), result.body());
        // the same answers as the two routes the page used to call
        Document doc = withDct(Document.of("harbour.txt", Articles.harbour()), "2023-03-14");
        Http.Response tag = http.post("/api/tag?withText=true&source=harbour.txt", JSON,
                json("text", Articles.harbour(), "dct", "2023-03-14"));
        assertEquals(tag.json(), result.json().path("tag"));
        assertEquals(Http.MAPPER.readTree(new TimelineJsonWriter(true).toJson(ANNALS.apply(Genre.AUTO)
                .timeline(List.of(doc)))), result.json().path("timeline"));
        // fetched: forgotten
        assertError(404, "no analysis with id", http.get("/api/jobs/" + id + "/result"));
        assertError(404, "no analysis with id", http.get("/api/jobs/nosuchjob"));
        assertError(404, "no analysis with id", http.delete("/api/jobs/nosuchjob"));
        // cancelled: gone, its answer never given
        Http.Response other = http.post("/api/jobs", JSON, json("text", Articles.harbour().repeat(10)));
        assertEquals(202, other.status(), other.body());
        String otherId = other.json().path("id").asText();
        Http.Response early = http.get("/api/jobs/" + otherId + "/result");
        assertTrue(early.status() == 409 || early.status() == 200, early.body());
        if (early.status() == 409) {
            assertTrue(early.error().matches("the analysis is (queued|running); its answer comes when it is done"),
                    early.body());
            assertEquals(204, http.delete("/api/jobs/" + otherId).status());
            assertError(404, "no analysis with id", http.get("/api/jobs/" + otherId));
        }
        assertError(400, "no \"text\"", http.post("/api/jobs", JSON, "{\"dct\": \"2020-01-01\"}"));
    }

    // ---- 400, 413, 415

    @Test
    void malformedInputIs400WithAMessage() {
        assertError(400, "malformed JSON", http.post("/api/tag", JSON, "{\"text\": \"May 1"));
        assertError(400, "no \"text\"", http.post("/api/tag", JSON, "{\"dct\": \"2020-01-01\"}"));
        assertError(400, "must be an object", http.post("/api/tag", JSON, "[1, 2]"));
        assertError(400, "\"text\" must be a string", http.post("/api/tag", JSON, "{\"text\": 5}"));
        assertError(400, "unknown field \"txt\"", http.post("/api/timeline", JSON, "{\"txt\": \"May 1\"}"));
        assertError(400, "not a date", http.post("/api/tag", JSON, json("text", "In May.", "dct", "2020-13-01")));
        assertError(400, "not a date", http.post("/api/tag?dct=yesterday", TEXT, "In May."));
        assertError(400, "not a genre", http.post("/api/tag", JSON, json("text", "In May.", "genre", "poetry")));
        assertError(400, "empty", http.post("/api/tag", JSON, json("text", "  \n ")));
        assertError(400, "empty", http.post("/api/timeline", TEXT, ""));
        assertError(400, "given twice", http.post("/api/tag?dct=2020-01-01", JSON,
                json("text", "In May.", "dct", "2020-01-02")));
        assertError(400, "malformed UTF-8", http.post("/api/tag", "text/plain; charset=UTF-8",
                HttpRequest.BodyPublishers.ofByteArray(new byte[] {'M', 'a', 'y', (byte) 0xC3, '(', ' '})));
        // a charset nobody knows is the client's mistake, named, not a server error
        assertError(400, "unknown charset 'foo-bar'", http.post("/api/tag", "text/plain; charset=foo-bar", "In May."));
        assertError(400, "unknown charset", http.post("/api/timeline", "text/plain; charset=\"x y\"", "In May."));
        // without a declared charset the body is read as a file is: Latin-1 bytes are Latin-1 text
        Http.Response latin = http.post("/api/tag", "text/plain",
                HttpRequest.BodyPublishers.ofByteArray("Caf\u00e9 opened on May 3, 1950.".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(200, latin.status(), latin.body());
        assertTrue(latin.body().contains("1950-05-03"), latin.body());
        Http.Multipart noFile = Http.multipart("x.tml", "<TimeML><TEXT>broken".getBytes(StandardCharsets.UTF_8));
        Http.Response r = http.post("/api/tag", noFile.contentType(),
                HttpRequest.BodyPublishers.ofByteArray(noFile.body()));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.error().startsWith("x.tml"), r.body());
        assertError(400, "from: 'Nov 1934' is not a date", http.get("/api/search?q=storm&from=Nov%201934"));
        assertError(400, "no year 0", http.get("/api/timeline?to=0"));
        assertError(400, "offset", http.get("/api/timeline?offset=-1"));
        assertError(400, "after", http.get("/api/timeline?from=2000-01-02&to=2000-01-01"));
        assertError(400, "limit", http.get("/api/search?limit=0"));
        assertError(400, "genre", http.post("/api/documents", JSON, json("text", "In May.", "genre", "news")));
        // query text the archive cannot parse (found against a Lucene archive with random queries: it was a 500)
        assertError(400, "cannot be read: a range in brackets", http.get("/api/search?q=%5Bstorm"));
        assertError(400, "cannot be read: a range in brackets", http.get("/api/timeline?q=storm%5D"));
    }

    @Test
    void otherContentTypesAre415() {
        assertError(415, "text/plain, application/json or multipart/form-data",
                http.post("/api/tag", "application/x-www-form-urlencoded", "text=May"));
    }

    @Test
    void bodiesOverTheLimitAre413() {
        String big = "On May 1, 1950 it rained. ".repeat((int) (MAX_BODY / 20));
        assertError(413, "limit is " + MAX_BODY, http.post("/api/tag", TEXT, big));
        assertError(413, "limit is " + MAX_BODY, http.post("/api/timeline", JSON, json("text", big)));
        // without a Content-Length (chunked): refused while reading
        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        assertError(413, "limit is " + MAX_BODY, http.post("/api/tag", TEXT,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
        Http.Multipart m = Http.multipart("big.txt", bytes);
        Http.Response r = http.post("/api/tag", m.contentType(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
        assertError(413, "limit is " + MAX_BODY, r);
        Http.Response chunked = http.post("/api/tag", m.contentType(),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(m.body())));
        assertEquals(413, chunked.status(), chunked.body());
        // just under the limit is fine
        String fits = "On May 1, 1950 it rained. ".repeat((int) (MAX_BODY / 40));
        assertEquals(200, http.post("/api/tag", TEXT, fits).status());
    }

    // ---- 404, 405

    @Test
    void unknownRoutesAreJson404() {
        assertError(404, "no such route", http.get("/api/nothing"));
        assertError(404, "no document with id 'nope'", http.get("/api/documents/nope"));
    }

    @Test
    void wrongMethodsAreJson405() {
        assertError(405, "not allowed", http.get("/api/tag"));
    }

    // ---- the archive routes

    @Test
    void ingestSearchTimelineAndDocument() {
        String text = Articles.harbour() + "\nThe ferry was renamed in 1888.\n";
        Http.Response added = http.post("/api/documents?title=Harbour", JSON,
                json("text", text, "dct", "2023-03-14", "source", "harbour.txt"));
        assertEquals(201, added.status(), added.body());
        String id = added.json().path("id").asText();
        assertTrue(added.json().path("added").asBoolean());
        assertTrue(added.json().path("timexes").asInt() > 5, added.body());
        Http.Response again = http.post("/api/documents", JSON, json("text", text, "dct", "2023-03-14"));
        assertEquals(200, again.status(), again.body());
        assertEquals(id, again.json().path("id").asText());
        assertFalse(again.json().path("added").asBoolean());

        Http.Response doc = http.get("/api/documents/" + id);
        assertEquals(200, doc.status(), doc.body());
        JsonNode d = doc.json();
        assertEquals(text, d.path("text").asText());
        assertEquals("Harbour", d.path("title").asText());
        assertEquals("2023-03-14", d.path("dct").asText());
        assertEquals("api", d.path("ingestedVia").asText(), doc.body());
        assertEquals("127.0.0.1", d.path("ingestedFrom").asText(), doc.body());
        java.time.Instant at = java.time.Instant.parse(d.path("ingestedAt").asText());
        assertTrue(java.time.Duration.between(at, java.time.Instant.now()).abs().toMinutes() < 5, at.toString());
        JsonNode first = d.path("timexes").path(0);
        assertEquals(text.substring(first.path("begin").asInt(), first.path("end").asInt()),
                first.path("text").asText());
        assertTrue(first.has("anchor") && first.has("rule"), doc.body());
        assertTrue(d.path("entries").size() > 3, doc.body());
        assertTrue(d.path("entries").path(0).has("when"), doc.body());

        Http.Response search = http.get("/api/search?q=ferry&from=1800-01-01&to=2100-12-31&limit=5");
        assertEquals(200, search.status(), search.body());
        JsonNode s = search.json();
        assertEquals(1, s.path("totalDocuments").asInt(), search.body());
        assertEquals(id, s.path("documents").path(0).path("id").asText());
        assertTrue(s.path("entries").size() >= 1, search.body());
        assertTrue(s.path("entries").path(0).path("entry").path("text").asText().toLowerCase().contains("ferry"));
        assertTrue(s.path("facets").path("months").size() >= 1, search.body());

        // the same query with a year and a month, as the command line writes them; the query said back
        Http.Response byYear = http.get("/api/search?q=ferry&from=1800&to=2100-12&limit=5");
        assertEquals(200, byYear.status(), byYear.body());
        assertEquals(1, byYear.json().path("totalDocuments").asInt(), byYear.body());
        JsonNode asked = byYear.json().path("query");
        assertEquals("ferry", asked.path("text").asText(), byYear.body());
        assertEquals("1800-01-01", asked.path("from").asText(), byYear.body());
        assertEquals("2100-12-31", asked.path("to").asText(), byYear.body());
        assertEquals(5, asked.path("limit").asInt());
        assertEquals(0, asked.path("offset").asInt());
        assertEquals(0, http.get("/api/search?q=ferry&to=264%20BC").json().path("totalDocuments").asInt());

        Http.Response timeline = http.get("/api/timeline?q=ferry");
        assertEquals(200, timeline.status(), timeline.body());
        assertTrue(timeline.json().path("entries").size() >= 1, timeline.body());
        // each source names its stored document, and the answer names and dates those documents
        assertEquals(id, timeline.json().path("entries").path(0).path("sources").path(0).path("documentId").asText());
        JsonNode named = timeline.json().path("documents").path(0);
        assertEquals(id, named.path("id").asText(), timeline.body());
        assertEquals("Harbour", named.path("name").asText(), timeline.body());
        assertEquals("2023-03-14", named.path("dct").asText());
        assertEquals("14 March 2023", named.path("dctText").asText());
        assertTrue(timeline.body().contains("\"sources\""));
        // how many there are, and the pages of them
        Http.Response all = http.get("/api/timeline?limit=1000");
        long total = all.json().path("total").asLong();
        assertTrue(total > 3, all.body());
        assertEquals(0, all.json().path("offset").asInt());
        Http.Response firstTwo = http.get("/api/timeline?limit=2");
        assertEquals(total, firstTwo.json().path("total").asLong(), firstTwo.body());
        assertEquals(2, firstTwo.json().path("limit").asInt());
        assertTrue(firstTwo.json().path("entries").size() <= 2, firstTwo.body());
        Http.Response last = http.get("/api/timeline?limit=2&offset=" + (total - 1));
        assertEquals(1, last.json().path("entries").size(), last.body());
        Http.Response past = http.get("/api/timeline?limit=2&offset=" + total);
        assertEquals(0, past.json().path("entries").size(), past.body());
        // the archive's timeline as files: a titled TimelineJS, the text table saying which entries of how many
        Http.Response tjs = http.get("/api/timeline?q=ferry&from=1800&format=timelinejs");
        assertEquals(200, tjs.status(), tjs.body());
        assertEquals("Archive: ferry (1800\u2013)", tjs.json().path("title").path("text").path("headline").asText());
        assertEquals("attachment; filename=\"archive-timeline.timelinejs.json\"", tjs.disposition());
        Http.Response table = http.get("/api/timeline?limit=2&format=text");
        assertTrue(table.body().startsWith("matching entries 1-2 of " + total + "\n"), table.body());
        assertError(400, "format: unknown timeline format 'timeml'", http.get("/api/timeline?format=timeml"));
        // an entity's entries: "said archivist Tomas Reyne", with its role
        Http.Response reyne = http.get("/api/timeline?about=Tomas%20Reyne");
        assertEquals(200, reyne.status(), reyne.body());
        assertEquals(1, reyne.json().path("total").asLong(), reyne.body());
        assertEquals("said", reyne.json().path("entries").path(0).path("event").asText(), reyne.body());
        assertEquals("agent", reyne.json().path("entries").path(0).path("about").path("role").asText());
        assertEquals("Tomas Reyne", reyne.json().path("entries").path(0).path("about").path("mention").path("text")
                .asText());
        assertEquals(0, http.get("/api/timeline?about=Napoleon").json().path("total").asLong());
        assertError(400, "about: an entity needs a name", http.get("/api/timeline?about=%20-"));
        // hidden entries are neither counted nor paged through
        Http.Response kept = http.get("/api/timeline?limit=1000&hide=published");
        assertTrue(kept.json().path("total").asLong() < total, kept.body());
        assertEquals(kept.json().path("total").asLong(), kept.json().path("entries").size(), kept.body());

        Http.Response status = http.get("/api/status");
        assertEquals(200, status.status());
        assertTrue(status.json().path("archive").asBoolean());
        assertTrue(status.json().path("documents").asInt() >= 1);
        assertEquals(MAX_BODY, status.json().path("maxBodyBytes").asLong());
    }

    @Test
    void theAccessLogHasALinePerRequestWhenTurnedOn() {
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler collect = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        AnnalsServer.ACCESS.addHandler(collect);
        try {
            http.get("/api/status");
            assertTrue(records.isEmpty(), "quiet by default: " + records.size());
            AnnalsServer.logAccess(true);
            http.get("/api/status");
            http.get("/api/nothing-here");
            long deadline = System.nanoTime() + 5_000_000_000L; // the line is written once the answer is sent
            while (records.size() < 2 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(2, records.size(), records.toString());
            assertTrue(records.get(0).getMessage().matches("GET /api/status 200 [0-9.]+ ms"),
                    records.get(0).getMessage());
            assertTrue(records.get(1).getMessage().matches("GET /api/nothing-here 404 [0-9.]+ ms"),
                    records.get(1).getMessage());
        } finally {
            AnnalsServer.logAccess(false);
            AnnalsServer.ACCESS.removeHandler(collect);
        }
    }

    @Test
    void withoutAnArchiveTheArchiveRoutesAre503() {
        try (AnnalsServer bare = AnnalsServer.start(settings(), ANNALS, null)) {
            Http h = new Http(bare.uri());
            assertError(503, "no archive", h.get("/api/search?q=x"));
            assertError(503, "no archive", h.get("/api/timeline"));
            assertError(503, "no archive", h.get("/api/documents/abc"));
            assertError(503, "no archive", h.post("/api/documents", TEXT, "On May 1."));
            assertFalse(h.get("/api/status").json().path("archive").asBoolean());
            assertEquals(200, h.post("/api/tag", TEXT, "On May 1, 1950.").status());
        }
    }

    // ---- failures: 500 without details, 503 past the time budget

    @Test
    void unexpectedFailuresAre500WithoutDetails() {
        Function<Genre, Annals> failing = g -> Annals.builder().genre(g).clock(CLOCK)
                .eventSource(d -> {
                    throw new IllegalStateException("secret internal detail");
                }).build();
        try (AnnalsServer s = AnnalsServer.start(settings(), failing, null)) {
            Http.Response r = new Http(s.uri()).post("/api/timeline", TEXT, "On May 1, 1950 it rained.");
            assertEquals(500, r.status(), r.body());
            assertTrue(r.error().startsWith("internal error"), r.body());
            assertFalse(r.body().contains("secret") || r.body().contains("Exception") || r.body().contains("\tat "),
                    r.body());
        }
    }

    @Test
    void analysesPastTheTimeBudgetAre503() {
        Function<Genre, Annals> slow = g -> Annals.builder().genre(g).clock(CLOCK).eventSource(d -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("interrupted");
        }).build();
        try (AnnalsServer s = AnnalsServer.start(settings().withTimeout(Duration.ofMillis(200)), slow, null)) {
            assertError(503, "limit of 200 ms", new Http(s.uri()).post("/api/timeline", TEXT, "On May 1."));
        }
    }

    // ---- the page and its libraries

    @Test
    void servesThePageAndTheWebJar() {
        Http.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.body().contains("/webjars/visjs/4.21.0/vis-timeline-graph2d.min.js"),
                "the page loads vis from the WebJar");
        Http.Response vis = http.get("/webjars/visjs/4.21.0/vis-timeline-graph2d.min.js");
        assertEquals(200, vis.status());
        assertTrue(vis.body().length() > 100_000);
        assertEquals(200, http.get("/app.js").status());
        assertEquals(200, http.get("/app.css").status());
    }

    static void assertError(int status, String fragment, Http.Response r) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith(JSON), "JSON error: " + r.contentType() + " " + r.body());
        String error = r.error();
        assertTrue(error != null && error.contains(fragment), "'" + fragment + "' in " + r.body());
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "no stack trace: " + r.body());
    }
}
