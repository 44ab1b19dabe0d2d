package org.annals.server;

import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in headless Chromium: paste an article, see its time expressions highlighted and its timeline drawn,
 * jump from an event to its sentence; search the archive. Screenshots go to {@code target/screenshots/}. Skipped
 * (with a message) only when Chromium or ChromeDriver is not installed.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("annals.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("annals.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path DOWNLOADS = Path.of("target", "downloads").toAbsolutePath();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DCT = "2023-03-14";

    static AnnalsServer server;
    static FakeArchive archive;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        archive = new FakeArchive(ApiTest.ANNALS.apply(Genre.AUTO));
        archive.ingest(withDct(Document.of(Articles.HARBOUR_NAME, Articles.harbour())));
        server = AnnalsServer.start(ApiTest.settings().withMaxBodyBytes(ServerSettings.DEFAULT_MAX_BODY_BYTES),
                ApiTest.ANNALS, archive);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=1366,900");
        Files.createDirectories(DOWNLOADS);
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1366, 900));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static Document withDct(Document d) {
        return d.withDate(DocumentDate.of(LocalDate.parse(DCT), DocumentDate.Source.ARGUMENT));
    }

    @Test
    void pastedArticleIsHighlightedAndItsTimelineDrawn() throws Exception {
        driver.get(server.uri().toString());
        WebElement text = driver.findElement(By.id("article-text"));
        text.sendKeys(Articles.harbour());
        js("document.getElementById('article-dct').value = arguments[0];", DCT);
        driver.findElement(By.id("analyze")).click();

        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("#doc-text mark.timex")).isEmpty()
                && d.findElements(By.cssSelector("#timeline button.tl-item")).stream()
                        .anyMatch(WebElement::isDisplayed));

        // every time expression the API finds is highlighted, with its value and anchor on hover
        String pasted = (String) js("return document.getElementById('article-text').value;");
        TaggedDocument expected = ApiTest.ANNALS.apply(Genre.AUTO)
                .tag(withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, pasted)));
        List<WebElement> marks = driver.findElements(By.cssSelector("#doc-text mark.timex"));
        assertEquals(expected.timexes().size(), marks.size());
        for (int i = 0; i < marks.size(); i++) {
            assertEquals(expected.timexes().get(i).text(), marks.get(i).getText());
            String title = marks.get(i).getAttribute("title");
            // in words ("2 years", "14 March 2023"), never the TIMEX3 code ("P2Y")
            String words = org.annals.io.JsonWriter.readable(expected.timexes().get(i));
            assertTrue(title.contains(words) && title.contains("anchored to"), title);
            assertTrue(words.equals(expected.timexes().get(i).value())
                    || !title.contains(" " + expected.timexes().get(i).value() + "\n"), title);
            assertEquals("0", marks.get(i).getAttribute("tabindex"), "keyboard-reachable");
        }
        // the text is shown unchanged
        assertEquals(pasted, js("return document.getElementById('doc-text').textContent;"));

        // the timeline items and the list of events; clicking an event marks and focuses its sentence
        List<WebElement> items = driver.findElements(By.cssSelector("#timeline .vis-item button.tl-item"));
        List<WebElement> entries = driver.findElements(By.cssSelector("#entries li button"));
        assertTrue(items.size() >= 3, "timeline items: " + items.size());
        assertTrue(entries.size() >= items.size(), "every drawn item is listed");
        entries.get(1).click();
        wait.until(d -> !d.findElements(By.cssSelector("#doc-text .seg.current")).isEmpty());
        assertTrue((Boolean) js("return document.activeElement.classList.contains('current');"),
                "the focus moves to the sentence");
        WebElement item = items.stream().filter(WebElement::isDisplayed)
                .filter(e -> e.getSize().getWidth() > 0).findFirst().orElseThrow();
        item.click();
        wait.until(d -> !d.findElements(By.cssSelector("#timeline .vis-item.vis-selected")).isEmpty());

        // hovering a highlight explains it
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(marks.get(0)).perform();
        wait.until(d -> d.findElement(By.id("timex-details")).getText()
                .contains(org.annals.io.JsonWriter.readable(expected.timexes().get(0))));
        screenshot("article.png");
    }

    @Test
    void archiveSearchShowsHistogramResultsAndTimeline() throws Exception {
        driver.get(server.uri().toString());
        driver.findElement(By.id("tab-archive")).click();
        driver.findElement(By.id("q")).sendKeys("ferry");
        driver.findElement(By.id("search")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("#histogram rect")).isEmpty()
                && d.findElements(By.cssSelector("#archive-timeline button.tl-item")).stream()
                        .anyMatch(WebElement::isDisplayed));
        List<WebElement> results = driver.findElements(By.cssSelector("#results li"));
        assertEquals(1, results.size());
        // the snippet's <mark> is rebuilt as an element, its escaped text decoded, nothing injected
        assertEquals(Articles.HARBOUR_NAME, results.get(0).findElement(By.cssSelector(".snippet mark")).getText());
        assertTrue(results.get(0).findElement(By.cssSelector(".snippet")).getText().endsWith("& more"));
        screenshot("archive.png");

        // each entry names the document it comes from, and opens it
        List<WebElement> from = driver.findElements(By.cssSelector("#archive-entries li .source-doc"));
        assertTrue(!from.isEmpty() && from.get(0).getText().startsWith("Harbour museum reopens its ferry archive")
                && from.get(0).getText().endsWith("\u00b7 14 March 2023"), from.isEmpty() ? "none" : from.get(0).getText());
        from.get(0).click();
        wait.until(d -> d.findElement(By.id("panel-article")).isDisplayed()
                && d.findElement(By.id("doc-meta")).getText().startsWith(Articles.HARBOUR_NAME + " \u00b7 document date 14"
                        + " March 2023") && !d.findElements(By.cssSelector("#doc-text mark.timex")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("doc="), driver.getCurrentUrl());
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("panel-archive")).isDisplayed());
        results = driver.findElements(By.cssSelector("#results li"));
        results.get(0).findElement(By.cssSelector("button.open")).click();
        wait.until(d -> d.findElement(By.id("panel-article")).isDisplayed()
                && !d.findElements(By.cssSelector("#doc-text mark.timex")).isEmpty());
        assertTrue(driver.findElement(By.id("doc-meta")).getText().contains("document date 14 March 2023"),
                driver.findElement(By.id("doc-meta")).getText());
        String meta = driver.findElement(By.id("doc-meta")).getText();
        assertTrue(meta.matches(".* added \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC via library.*"), meta);
    }

    /** An entry says who does and who undergoes it; a click on one shows that entity's timeline, in the address. */
    @Test
    void aClickOnWhoDidItShowsThatEntitysTimeline() throws Exception {
        driver.get(server.uri().resolve("/?q=").toString());
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElements(By.cssSelector("#archive-entries li button")).stream()
                .anyMatch(b -> b.getText().contains("said archivist Tomas Reyne")));
        // the entry "said" (the entries of the sentence's other events quote it too: "came back," said ...)
        driver.findElements(By.cssSelector("#archive-entries li > button:first-child")).stream()
                .filter(b -> b.getText().substring(b.findElement(By.cssSelector(".when")).getText().length()).strip()
                        .equals("said archivist Tomas Reyne"))
                .findFirst().orElseThrow().click();
        WebElement who = wait.until(d -> d.findElements(By.cssSelector("#archive-details button.about-entity"))
                .stream().filter(b -> "Tomas Reyne".equals(b.getAttribute("data-entity"))).findFirst().orElse(null));
        assertEquals("Tomas Reyne (does it)", who.getText());
        screenshot("archive-about.png");
        who.click();
        wait.until(d -> d.getCurrentUrl().contains("about=Tomas+Reyne")
                && d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u20131 of 1 matching"));
        assertEquals("Tomas Reyne", driver.findElement(By.id("about")).getAttribute("value"));
        List<WebElement> entries = driver.findElements(By.cssSelector("#archive-entries li button"));
        assertTrue(entries.get(0).getText().contains("said"), entries.get(0).getText());
        // the address reloads the same entity's timeline
        driver.navigate().refresh();
        wait.until(d -> d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u20131 of 1 matching"));
    }

    @Test
    void anUploadedFileIsAnalysedAndTextPastedAfterItSetsItAside() throws Exception {
        driver.get(server.uri().toString());
        Path file = Files.createTempFile("yalu", ".txt");
        Files.writeString(file, "On Oct. 25, 1950, Chinese troops crossed the Yalu River.\n");
        driver.findElement(By.id("article-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("analyze")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("doc-meta")).getText().startsWith(file.getFileName().toString()));
        assertEquals("Oct. 25, 1950", driver.findElement(By.cssSelector("#doc-text mark.timex")).getText());
        // a hover detail of this document
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector("#doc-text mark.timex"))).perform();
        wait.until(d -> d.findElement(By.id("timex-details")).getText().contains("25 October 1950"));
        // text pasted now is what is analysed, and the last document's detail goes
        driver.findElement(By.id("article-text")).sendKeys("The museum reopened on 3 May 2021.");
        assertEquals("", js("return document.getElementById('article-file').value;"), "the file is set aside");
        driver.findElement(By.id("analyze")).click();
        wait.until(d -> "3 May 2021".equals(js("var m = document.querySelector('#doc-text mark.timex');"
                + " return m ? m.textContent : '';")));
        assertEquals("", driver.findElement(By.id("timex-details")).getText());
        Files.deleteIfExists(file);
    }

    @Test
    void fitAllFitsTheEventsNotThePublicationDate() throws Exception {
        driver.get(server.uri().toString());
        driver.findElement(By.id("article-text")).sendKeys("Seventy years ago, on Oct. 25, 1950, Chinese troops"
                + " crossed the Yalu River. In November 1950 they attacked again.");
        js("document.getElementById('article-dct').value = arguments[0];", "2020-11-02");
        driver.findElement(By.id("analyze")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElements(By.cssSelector("#timeline button.tl-item")).stream()
                .anyMatch(WebElement::isDisplayed));
        driver.findElement(By.cssSelector("[data-timeline=article] [data-act=fit]")).click();
        Thread.sleep(800); // the fit is animated
        String axis = (String) js("return document.querySelector('#timeline .vis-time-axis.vis-foreground').textContent;");
        assertTrue(axis.contains("1950"), axis);
        assertFalse(axis.contains("2000") || axis.contains("2020") || axis.contains("1990"),
                "the view spans the events of 1950, not the publication of 2020: " + axis);
        screenshot("article-fit.png");
        // the publication date is still an entry of the list (and a marker on the axis, outside this view)
        assertTrue(driver.findElement(By.id("entries")).getText().contains("2 November 2020"),
                driver.findElement(By.id("entries")).getText());
    }

    /** A file the browser downloaded, once complete. */
    private static String downloaded(String name) throws Exception {
        Path f = DOWNLOADS.resolve(name);
        new WebDriverWait(driver, WAIT).until(d -> Files.exists(f)
                && !Files.exists(DOWNLOADS.resolve(name + ".crdownload")));
        return Files.readString(f);
    }

    @Test
    void theExportButtonsDownloadTheCliFilesOfWhatIsOnScreen() throws Exception {
        for (String name : List.of("text-timeline.csv", "text.tml", "archive-timeline.timelinejs.json")) {
            Files.deleteIfExists(DOWNLOADS.resolve(name));
        }
        driver.get(server.uri().toString());
        js("document.getElementById('article-text').value = arguments[0];"
                + " document.getElementById('article-dct').value = arguments[1];", Articles.harbour(), DCT);
        driver.findElement(By.id("analyze")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("#entries li")).isEmpty());
        // what is on screen is exported, even after the form changed
        js("document.getElementById('article-text').value = 'Something else on 3 May 2021.';");
        driver.findElement(By.cssSelector("[data-export-of=article] [data-format=csv]")).click();
        Document doc = withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, Articles.harbour()));
        java.io.StringWriter csv = new java.io.StringWriter();
        new org.annals.io.TimelineCsvWriter().write(ApiTest.ANNALS.apply(Genre.AUTO).timeline(List.of(doc)), csv);
        assertEquals(csv.toString(), downloaded("text-timeline.csv"));
        driver.findElement(By.cssSelector("[data-export-of=article] [data-format=timeml]")).click();
        assertTrue(downloaded("text.tml").contains("<TIMEX3 tid=\"t1\""), "TimeML of the document");
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Exported text.tml"));

        // the archive: the entries shown, under the query's title
        driver.findElement(By.id("tab-archive")).click();
        driver.findElement(By.id("q")).sendKeys("ferry");
        driver.findElement(By.id("search")).click();
        wait.until(d -> d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u2013")
                && d.findElements(By.cssSelector("#archive-timeline button.tl-item")).stream()
                        .anyMatch(WebElement::isDisplayed));
        driver.findElement(By.cssSelector("[data-export-of=archive] [data-format=timelinejs]")).click();
        com.fasterxml.jackson.databind.JsonNode tjs = Http.MAPPER.readTree(downloaded("archive-timeline.timelinejs.json"));
        assertEquals("Archive: ferry", tjs.path("title").path("text").path("headline").asText());
        assertEquals(driver.findElements(By.cssSelector("#archive-entries li")).size(), tjs.path("events").size());
        for (com.fasterxml.jackson.databind.JsonNode e : tjs.path("events")) { // in words, not 2023-03-14
            assertFalse(e.path("display_date").asText().matches(".*\\d{4}-\\d\\d.*"), e.toString());
        }
        screenshot("archive-exported.png");
    }

    @Test
    void aSharedAddressIsReloadedWithItsSearchAndItsDocument() throws Exception {
        driver.get(server.uri() + "?q=ferry&from=1800&to=2100-12");
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u2013"));
        assertEquals("true", driver.findElement(By.id("tab-archive")).getAttribute("aria-selected"));
        assertEquals("ferry", driver.findElement(By.id("q")).getAttribute("value"));
        assertEquals("1800", driver.findElement(By.id("from")).getAttribute("value"));
        assertEquals("2100-12", driver.findElement(By.id("to")).getAttribute("value"));
        // a document opened from the results is named in the address, beside the search
        driver.findElement(By.cssSelector("#results li button.open")).click();
        wait.until(d -> d.findElement(By.id("panel-article")).isDisplayed()
                && !d.findElements(By.cssSelector("#doc-text mark.timex")).isEmpty());
        String url = driver.getCurrentUrl();
        assertTrue(url.contains("q=ferry") && url.contains("doc="), url);
        String meta = driver.findElement(By.id("doc-meta")).getText();
        // reloaded (or opened by someone it was sent to): the same document, and the search behind it
        driver.navigate().refresh();
        wait.until(d -> d.findElement(By.id("panel-article")).isDisplayed()
                && !d.findElements(By.cssSelector("#doc-text mark.timex")).isEmpty());
        assertEquals(meta, driver.findElement(By.id("doc-meta")).getText());
        assertEquals("ferry", driver.findElement(By.id("q")).getAttribute("value"));
        screenshot("shared-document.png");
        // back: the search alone
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("panel-archive")).isDisplayed()
                && d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u2013"));
        assertFalse(driver.getCurrentUrl().contains("doc="), driver.getCurrentUrl());
        // what is hidden is in the address too, and neither counted nor listed
        driver.get(server.uri() + "?q=&hide=published");
        long all = archive.entryCount(new org.annals.archive.ArchiveQuery(null, null, null, 1000));
        long kept = archive.entryCount(new org.annals.archive.ArchiveQuery(null, null, null, 1000, 0,
                org.annals.timeline.HiddenEntries.parse("published")));
        assertTrue(kept < all, kept + " of " + all);
        wait.until(d -> d.findElement(By.id("archive-count")).getText().endsWith(" of " + kept + " matching."));
        assertEquals("published", driver.findElement(By.cssSelector("[data-hide-of=archive] .hide-words"))
                .getAttribute("value"));
    }

    @Test
    void reportsHiddenFromTheArticleAreLeftOutOfItsListAndItsExport() throws Exception {
        Files.deleteIfExists(DOWNLOADS.resolve("text-timeline.csv"));
        driver.get(server.uri().toString());
        js("document.getElementById('article-text').value = arguments[0];"
                + " document.getElementById('article-dct').value = arguments[1];", Articles.harbour(), DCT);
        driver.findElement(By.id("analyze")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("#entries li")).isEmpty());
        Document doc = withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, Articles.harbour()));
        List<org.annals.timeline.TimelineEntry> entries = ApiTest.ANNALS.apply(Genre.AUTO).timeline(List.of(doc))
                .entries();
        long reports = entries.stream().filter(e -> e.kind() == org.annals.event.EventClass.REPORTING).count();
        assertTrue(reports > 0, "the example has reports: " + entries);
        assertEquals(entries.size(), driver.findElements(By.cssSelector("#entries li")).size());
        js("document.querySelector('[data-hide-of=article]').open = true;");
        driver.findElement(By.cssSelector("[data-hide-of=article] .hide-kinds input[value=reporting]")).click();
        driver.findElement(By.cssSelector("[data-hide-of=article] .hide-apply")).click();
        wait.until(d -> d.findElements(By.cssSelector("#entries li")).size() == entries.size() - reports);
        assertEquals("Hide events (" + reports + " of " + entries.size() + " hidden)",
                driver.findElement(By.cssSelector("[data-hide-of=article] summary")).getText());
        screenshot("article-hidden.png");
        driver.findElement(By.cssSelector("[data-export-of=article] [data-format=csv]")).click();
        String csv = downloaded("text-timeline.csv");
        assertEquals(entries.size() - reports + 1, csv.split("\r\n").length, csv);
        assertFalse(csv.contains(",reporting,"), csv);
    }

    /**
     * A long text (the example 40 times, 1,000-odd events): the button is disabled while it runs, the progress goes
     * through the server's phase and the drawing, Cancel stops it, and the timeline draws one item per time.
     */
    @Test
    void aLongTextShowsProgressCanBeCancelledAndIsDrawnWhole() throws Exception {
        String text = (Articles.harbour() + "\n\n").repeat(40);
        driver.get(server.uri().toString());
        js("document.getElementById('article-text').value = arguments[0];"
                + " document.getElementById('article-dct').value = arguments[1];", text, DCT);
        // cancelled at once: nothing analysed, the form ready again
        js("document.getElementById('analyze').click(); document.getElementById('cancel').click();");
        assertEquals("Cancelled: nothing was analysed.", driver.findElement(By.id("status")).getText());
        assertEquals(Boolean.FALSE, js("return document.getElementById('analyze').disabled;"));
        assertFalse(driver.findElement(By.id("cancel")).isDisplayed());
        assertFalse(driver.findElement(By.id("progress")).isDisplayed());
        assertFalse(driver.findElement(By.id("article-result")).isDisplayed());
        // run to the end: the button disabled meanwhile, Cancel offered, the progress through both phases
        assertEquals(Boolean.TRUE, js("document.getElementById('analyze').click();"
                + " return document.getElementById('analyze').disabled"
                + " && !document.getElementById('cancel').hidden && !document.getElementById('progress').hidden;"));
        Document doc = withDct(Document.of(DocumentRequests.DEFAULT_SOURCE, text));
        int events = ApiTest.ANNALS.apply(Genre.AUTO).timeline(List.of(doc)).entries().size();
        assertTrue(events > 600, "events: " + events);
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("status")).getText().endsWith(" " + events + " events."));
        assertEquals("analyse,draw", driver.findElement(By.id("progress")).getAttribute("data-phases"));
        assertEquals(Boolean.FALSE, js("return document.getElementById('analyze').disabled;"));
        assertFalse(driver.findElement(By.id("cancel")).isDisplayed());
        assertEquals(events, driver.findElements(By.cssSelector("#entries li")).size());
        // the timeline: one item per time, said under it
        WebElement note = driver.findElement(By.id("timeline-note"));
        assertTrue(note.isDisplayed() && note.getText().startsWith("The " + events + " events are drawn as one item per"
                + " time"), note.getText());
        long items = (Long) js("return document.querySelectorAll('#timeline .vis-item').length;");
        assertTrue(items > 0 && items < events / 10, items + " items for " + events + " events");
        wait.until(d -> d.findElements(By.cssSelector("#timeline button.tl-item")).stream()
                .anyMatch(WebElement::isDisplayed));
        screenshot("article-long.png");
        // a new short text after it: the note goes
        js("document.getElementById('article-text').value = arguments[0];", Articles.harbour());
        driver.findElement(By.id("analyze")).click();
        wait.until(d -> d.findElements(By.cssSelector("#entries li")).size() < 100
                && !d.findElements(By.cssSelector("#entries li")).isEmpty()
                && Boolean.FALSE.equals(js("return document.getElementById('analyze').disabled;")));
        assertFalse(driver.findElement(By.id("timeline-note")).isDisplayed());
        // more items than can be stacked (here 5, as the container says): drawn side by side, said so
        js("document.getElementById('timeline').setAttribute('data-stack-max', '5');");
        driver.findElement(By.id("analyze")).click();
        wait.until(d -> d.findElement(By.id("timeline-note")).isDisplayed()
                && d.findElements(By.cssSelector("#timeline button.tl-item")).stream().anyMatch(WebElement::isDisplayed));
        assertTrue(driver.findElement(By.id("timeline-note")).getText().contains("side by side, not stacked"),
                driver.findElement(By.id("timeline-note")).getText());
        screenshot("article-unstacked.png");
        // and back to stacking for a timeline that fits
        js("document.getElementById('timeline').removeAttribute('data-stack-max');");
        driver.findElement(By.id("analyze")).click();
        wait.until(d -> !d.findElement(By.id("timeline-note")).isDisplayed()
                && Boolean.FALSE.equals(js("return document.getElementById('analyze').disabled;"))
                && d.findElements(By.cssSelector("#timeline button.tl-item")).stream().anyMatch(WebElement::isDisplayed));
    }

    @Test
    void searchWithYearsPagesToTheLastEntryAndABadDateClearsTheResults() throws Exception {
        driver.get(server.uri().toString());
        driver.findElement(By.id("tab-archive")).click();
        js("document.getElementById('archive-more').setAttribute('data-page', '2');");
        driver.findElement(By.id("from")).sendKeys("1800");
        driver.findElement(By.id("to")).sendKeys("2100-12");
        driver.findElement(By.id("search")).click();
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u20132 of "));
        long total = archive.entryCount(new org.annals.archive.ArchiveQuery(null, LocalDate.of(1800, 1, 1),
                LocalDate.of(2100, 12, 31), 1000));
        assertTrue(total > 4, "entries: " + total);
        assertEquals("Entries 1\u20132 of " + total + " matching.", driver.findElement(By.id("archive-count")).getText());
        // page to the last entry
        WebElement more = driver.findElement(By.id("archive-more"));
        for (int shown = 2; shown < total; shown += 2) {
            assertTrue(more.isDisplayed(), "more after " + shown);
            more.click();
            long next = Math.min(total, shown + 2);
            wait.until(d -> d.findElement(By.id("archive-count")).getText().startsWith("Entries 1\u2013" + next + " "));
        }
        assertFalse(more.isDisplayed(), "all " + total + " shown");
        assertEquals(total, driver.findElements(By.cssSelector("#archive-entries li")).size());
        screenshot("archive-paged.png");
        // a date the server cannot read is said in words, and the old results go
        WebElement from = driver.findElement(By.id("from"));
        from.clear();
        from.sendKeys("Oct 1950");
        driver.findElement(By.id("search")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("'Oct 1950' is not a date"));
        assertFalse(driver.findElement(By.id("search-result")).isDisplayed(), "no stale results under the error");
        screenshot("archive-bad-date.png");
        // a query the archive cannot read: what is wrong, in words
        from.clear();
        driver.findElement(By.id("search")).click();
        wait.until(d -> d.findElement(By.id("search-result")).isDisplayed());
        driver.findElement(By.id("q")).sendKeys("[storm");
        driver.findElement(By.id("search")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("The search '[storm' cannot be read: a range"
                + " in brackets ([a TO b] or {a TO b}) is not complete."));
        assertFalse(driver.findElement(By.id("search-result")).isDisplayed(), "no stale results under the error");
        screenshot("archive-bad-query.png");
    }

    @Test
    void thePageAddsTheArticleToTheArchive() {
        driver.get(server.uri().toString());
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.findElement(By.id("ingest")).isDisplayed());
        long before = archive.documentCount();
        String text = "The lighthouse was relit on June 2, 2022, after a year of repairs.";
        driver.findElement(By.id("article-text")).sendKeys(text);
        driver.findElement(By.id("ingest")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Added to the archive"));
        assertEquals(before + 1, archive.documentCount());
        driver.findElement(By.id("ingest")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().startsWith("Already in the archive"));
        assertEquals(before + 1, archive.documentCount());
    }

    @Test
    void aReadOnlyServersPageHasNoIngestControls() {
        try (AnnalsServer readOnly = AnnalsServer.start(ApiTest.settings().withAccess(
                AccessSettings.open().withReadOnly(true)), ApiTest.ANNALS, archive)) {
            driver.get(readOnly.uri().toString());
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.findElement(By.id("tab-archive")).click();
            wait.until(d -> d.findElement(By.id("read-only")).isDisplayed());
            assertTrue(!driver.findElement(By.id("ingest")).isDisplayed());
        }
    }

    @Test
    void thePageOpenedOnceWithTheTokenWorksFromItsCookie() {
        String token = AccessToken.generate();
        try (AnnalsServer guarded = AnnalsServer.start(ApiTest.settings().withAccess(
                AccessSettings.open().withToken(token)), ApiTest.ANNALS, archive)) {
            String base = guarded.uri().toString();
            driver.get(base);
            assertTrue(driver.getPageSource().contains("access token needed"), "no token: refused");
            driver.get(base + "?token=" + token);
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            wait.until(d -> base.equals(d.getCurrentUrl()));
            assertEquals("", js("return document.cookie;"), "HttpOnly: the page's scripts cannot read it");
            Object status = ((JavascriptExecutor) driver).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                    + "fetch('/api/status').then(function (r) { done(r.status); }, function (e) { done(String(e)); });");
            assertEquals(200L, status, "the page's own requests carry the cookie");
        }
    }

    /**
     * A page of another origin (served here on {@code localhost} at another port, while annals is on
     * {@code 127.0.0.1}) tries what a malicious page would: a no-cors {@code fetch} POST, a form POST and a
     * {@code fetch} GET at annals. Nothing is stored and nothing is read.
     */
    @Test
    void aPageOfAnotherOriginNeitherWritesNorReads() throws Exception {
        long before = archive.documentCount();
        String target = server.uri().toString();
        String attack = "<!doctype html><html><body>"
                + "<iframe name=sink id=sink></iframe>"
                + "<form id=f method=POST enctype=text/plain target=sink action='" + target + "api/documents'>"
                + "<input name='The ferry sank on May 5, 1951. x' value='y'></form>"
                + "<script>\n"
                + "window.results = {};\n"
                + "fetch('" + target + "api/documents', {method: 'POST', mode: 'no-cors',"
                + " headers: {'Content-Type': 'text/plain'}, body: 'The bridge fell on April 4, 1952.'})"
                + ".then(function () { results.noCors = 'sent'; }, function () { results.noCors = 'failed'; });\n"
                + "fetch('" + target + "api/search?q=ferry').then(function (r) { return r.text(); })"
                + ".then(function (t) { results.read = t; }, function () { results.read = 'blocked'; });\n"
                + "document.getElementById('sink').addEventListener('load', function () { results.form = 'done'; });\n"
                + "document.getElementById('f').submit();\n"
                + "</script></body></html>";
        com.sun.net.httpserver.HttpServer evil = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        evil.createContext("/", exchange -> {
            byte[] body = attack.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        evil.start();
        try {
            driver.get("http://localhost:" + evil.getAddress().getPort() + "/attack.html");
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            wait.until(d -> js("return window.results && results.noCors && results.read && results.form ?"
                    + " 'ready' : null;") != null);
            assertEquals("blocked", js("return results.read;"), "the other origin reads nothing");
            assertEquals(before, archive.documentCount(), "and stores nothing");
        } finally {
            evil.stop(0);
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
