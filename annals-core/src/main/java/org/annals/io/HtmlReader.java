package org.annals.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.nlp.Languages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a news page ({@code .html}, {@code .htm}) with jsoup: the article's text without navigation and
 * boilerplate, its title, canonical URL, language and publication date.
 * <ul>
 *   <li><b>Text</b>: scripts, styles, forms, {@code <nav>}, {@code <aside>}, {@code <footer>}, navigation, banner and
 *       complementary roles and hidden elements go first (but one that holds most of the page's text: a page
 *       wrapped in a form), and page headers (a {@code <header>} outside the article and {@code <main>}). The article
 *       is the container whose paragraphs score best ({@link ArticleRoot}: text length, commas, link density, class
 *       and id hints, with its prose siblings), unless it is a few lines and the page's own {@code <article>},
 *       {@code <main>}, {@code [role=main]} or {@code [itemprop=articleBody]} holds more; a lead set apart
 *       before it ("chapo", "standfirst", "intro": {@code lead-words} of {@code boxes.tsv}) is kept before it. Inside
 *       it, boxes named as comments, sharing, newsletter, related articles, ads, cookie notices, author bios or post
 *       meta lines ({@code box-words}; never one holding most of the article's text), pictures' credits (captions
 *       stay, without their "Foto: ..." or "©"), short lines that point elsewhere or file the page ("Lesen Sie auch:",
 *       "Tags:": {@code line-cues}) and lists or blocks made mostly of links are dropped. When under {@value
 *       #SHORT_TEXT} characters are left, the page's marked article or body is read with fewer cuts: never nothing
 *       when the page has text. Block elements become lines, paragraphs and headings are separated by a blank line,
 *       white space runs inside a line are one space.</li>
 *   <li><b>Title</b>: {@code og:title}, else the first {@code <h1>} of the article, else {@code <title>}.</li>
 *   <li><b>URL</b>: {@code <link rel=canonical>}, else {@code og:url}.</li>
 *   <li><b>Language</b>: the one the text is written in ({@link Languages#detect}), else the page's {@code <html
 *       lang>}, {@code content-language} or {@code og:locale}.</li>
 *   <li><b>Date</b>, the first found of: {@code article:published_time}, {@code itemprop=datePublished}, JSON-LD
 *       {@code datePublished}, date meta tags ({@code date}, {@code pubdate}, {@code dc.date}, {@code
 *       citation_date}...), {@code <time datetime>} (one marked {@code pubdate} first), the date in the page's own
 *       address ({@code /2014/05/18/}) ({@link DocumentDate.Source#HTML_META}, {@link DocumentDate.Source#JSON_LD},
 *       {@link DocumentDate.Source#URL}); else ({@link DocumentDate.Source#BYLINE}) a date in the article's byline
 *       or date line, in English, German, French, Spanish, Italian, Portuguese or Dutch ("am 24. Juli 2017", "le 3
 *       mars 2019", "02.11.2021", "Party, 30.10.23"; not a comment's), or in a short line at the headline ("1.
 *       Februar 2022, Daniel Dillenburg"), or in a date line the page marks outside its article, or after a cue of
 *       publication anywhere on the page ("Erschienen am: 01.11.2023", footers included: {@code date-cues.tsv});
 *       else a date of change ({@code dateModified}); else a byline the tagger finds near the top of the marked
 *       article's text ("Posted on March 22, 2013"); else, the last resort, a date after a cue of change
 *       ("Aktualisiert: 30.12.2016", "last edited 2019-11-10"). Values in ISO form,
 *       {@code 2020/10/04 15:05}, {@code 16.12.2012} or {@code Sun, 11 Oct 2020 07:34:36 GMT} give their date
 *       ({@link Dates}); a local day wins over its UTC conversion. Without any, the date stays null.</li>
 * </ul>
 * The charset: valid UTF-8 (or UTF-8 with a rare damaged byte) is UTF-8 whatever the page declares; else a byte order
 * mark's, the declared one ({@code ISO-8859-1} read as Windows-1252), or the detected one ({@link Decoding}).
 */
public final class HtmlReader {

    /** Elements dropped with their content wherever they are. */
    private static final String BOILERPLATE = "script, style, noscript, template, iframe, svg, form, button, select,"
            + " nav, aside, footer, [role=navigation], [role=banner], [role=contentinfo], [role=complementary],"
            + " [aria-hidden=true], [hidden]";
    /** Candidates for the article's root, best first (the body is the fallback). */
    private static final List<String> ROOTS = List.of("article", "main", "[role=main]", "[itemprop=articleBody]");
    /** Containers dropped when most of their text is link text. */
    private static final Set<String> LINK_LISTS = Set.of("ul", "ol", "div", "section", "table", "p", "header");
    /** Share of link text above which such a container is navigation. */
    private static final double MAX_LINK_SHARE = 0.6;
    /** Fewer characters of text than this are as good as none: the reader cuts less ({@link #lenientText}). */
    private static final int SHORT_TEXT = 200;
    /** Fewer characters than this, the article chosen by score is too short to trust over the page's own markup. */
    private static final int SHORT_ARTICLE = 500;
    /** Elements that end a line. */
    private static final Set<String> LINE_BLOCKS = Set.of("div", "li", "tr", "dt", "dd", "figcaption", "address",
            "section", "header", "blockquote", "pre", "table", "ul", "ol", "dl", "article", "main", "caption");
    /** Elements that end a paragraph (a blank line after them). */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    /** The first source of {@link #DATE_METAS} that gives a date of change, not of publication. */
    private static final String FIRST_MODIFIED = "meta[property=article:modified_time]";
    /** The date in the page's own address ({@code /2014/05/18/}), after every date the page states. */
    private static final String URL_PATH = "url-path";
    /** Meta tags that may hold the publication date, by their {@code name} or {@code property}. */
    private static final List<String> DATE_METAS = List.of("meta[property=article:published_time]",
            "meta[itemprop=datePublished]", "[itemprop=datePublished][datetime]", "ld+json",
            "meta[name=date]", "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]",
            "meta[name=article.published]", "meta[name=dc.date]", "meta[name=dc.date.issued]",
            "meta[name=dc.date.created]", "meta[name=dcterms.date]", "meta[name=dcterms.issued]",
            "meta[name=dcterms.created]", "meta[property=og:published_time]",
            "meta[property=og:article:published_time]", "meta[property=article:published]",
            "meta[name=citation_publication_date]", "meta[name=citation_date]", "meta[name=bepress_citation_date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=article:published_time]",
            "meta[itemprop=dateCreated]", "[itemprop=dateCreated][datetime]", "[itemprop=datePublished][title]",
            "[property=schema:datePublished][content]", "[property=schema:dateCreated][content]",
            "time[pubdate][datetime]", "time[datetime]", URL_PATH,
            // a page that only says when it was changed: that day, after every sign of its publication
            "meta[property=article:modified_time]", "meta[itemprop=dateModified]", "meta[itemprop=dateUpdate]",
            "meta[name=last-modified]");
    private static final String JSON_LD = "ld+json";
    private static final String DATE_PUBLISHED = "datePublished";
    /** How deep JSON-LD is searched for {@code datePublished}. */
    private static final int MAX_JSON_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private HtmlReader() {
    }

    /**
     * @param name  the file name (the document's source and the name in error messages)
     * @param bytes the page
     */
    public static Document read(String name, byte[] bytes) throws ReadException {
        Parsed parsed = parse(name, bytes);
        org.jsoup.nodes.Document page = parsed.page();
        java.nio.charset.Charset charset = parsed.charset();
        String declaredLanguage = declaredLanguage(page);
        DocumentDate date = date(page, false);
        String url = firstAttribute(page, "link[rel=canonical]", "href");
        if (url == null) {
            url = firstAttribute(page, "meta[property=og:url]", "content");
        }
        String pageText = date == null && page.body() != null ? page.body().text() : null; // footers included
        dropBoilerplate(page);
        Element marked = root(page);
        if (date == null) {
            LocalDate byline = dateElement(marked);
            if (byline == null) {
                byline = underHeadline(page, marked);
            }
            if (byline == null && marked != page.body()) {
                byline = dateElement(page.body()); // a date line the page marks outside its article element
            }
            if (byline == null) {
                byline = Dates.afterCue(pageText, Dates.PUBLISHED); // "Erschienen am: 01.11.2023"
            }
            date = byline == null ? date(page, true) : DocumentDate.of(byline, DocumentDate.Source.BYLINE);
        }
        String title = title(page, marked);
        for (Element header : page.select("header")) {
            if (header != marked && header.closest("article, main, [role=main]") == null) {
                header.remove();
            }
        }
        String markedText = date == null ? text(marked) : null;
        Element root = ArticleRoot.find(page.body());
        if (marked != page.body() && root != marked) {
            int rootLength = root.text().length();
            int markedLength = marked.text().length();
            if (rootLength < SHORT_ARTICLE && markedLength > rootLength) {
                root = marked; // a few lines scored best: the page's own article or main holds more
            }
        }
        dropCredits(root);
        dropCueLines(root);
        dropBoxes(root);
        dropLinkLists(root);
        Element lead = lead(root);
        String text = lead == null ? text(root) : finish(new StringBuilder(text(lead)).append("\n").append(text(root)));
        if (text.length() < SHORT_TEXT) {
            // too little is left: the page's text with fewer cuts, never nothing when the page has text
            text = lenientText(parse(name, bytes).page(), text);
        }
        if (date == null) {
            // a byline or date line near the top of the marked article, above the text chosen ("Posted on ...")
            date = Bylines.PIPELINE.documentDate(Document.of(name, markedText));
        }
        if (date == null) {
            LocalDate changed = Dates.afterCue(pageText, Dates.CHANGED); // "Aktualisiert: 30.12.2016": the last resort
            date = changed == null ? null : DocumentDate.of(changed, DocumentDate.Source.BYLINE);
        }
        String language = Languages.detect(text);
        return new Document(name, text, date, title, url, language == null ? declaredLanguage : language,
                charset.name());
    }

    /** A page and the charset its bytes were read in. */
    private record Parsed(org.jsoup.nodes.Document page, java.nio.charset.Charset charset) {
    }

    /**
     * Parses a page: valid UTF-8 (or UTF-8 with a rare damaged byte) is UTF-8 whatever the page declares; a byte order
     * mark says its charset; otherwise the declared charset ({@code ISO-8859-1} and {@code US-ASCII} read as
     * Windows-1252, as browsers do), else the one ICU4J detects for another script, else Windows-1252.
     */
    private static Parsed parse(String name, byte[] bytes) throws ReadException {
        try {
            if (startsWithByteOrderMark(bytes)) {
                org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
                return new Parsed(page, page.charset());
            }
            if (Decoding.mostlyUtf8(bytes)) { // a damaged byte is U+FFFD
                return new Parsed(Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), ""), StandardCharsets.UTF_8);
            }
            org.jsoup.nodes.Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            java.nio.charset.Charset charset = page.charset();
            if (charset.equals(StandardCharsets.UTF_8)) { // none declared, or a wrong one: what the bytes say
                java.nio.charset.Charset other = Decoding.otherScript(bytes);
                charset = other == null ? Decoding.WINDOWS_1252 : other;
            } else if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
                charset = Decoding.WINDOWS_1252; // what browsers read for these labels (WHATWG Encoding)
            } else {
                return new Parsed(page, charset);
            }
            return new Parsed(Jsoup.parse(new String(bytes, charset), ""), charset);
        } catch (IOException | RuntimeException e) {
            throw new ReadException(name, "cannot parse HTML: " + e.getMessage(), e);
        }
    }

    /**
     * The text of a page from which the article chosen kept too little ({@code strict}): the page's own article or
     * main element without boilerplate, keeping its boxes and link lists (a page of links is its links); else the
     * whole body without scripts and styles (a {@code <noscript>} message included); each only when it gives at least
     * twice as much.
     */
    private static String lenientText(org.jsoup.nodes.Document page, String strict) {
        org.jsoup.nodes.Document copy = page.clone();
        dropBoilerplate(page);
        String text = longer(strict, text(root(page)));
        if (text.length() >= SHORT_TEXT || copy.body() == null) {
            return text;
        }
        copy.select("script, style, template").remove();
        return longer(text, text(copy.body()));
    }

    /** The other text when it is at least twice as long (a page of little text keeps its cuts for a few words). */
    private static String longer(String text, String other) {
        return other.length() >= 2 * text.length() && !other.isBlank() ? other : text;
    }

    /** The tagger's pipeline, for the byline of a page's text (loaded on first use, shared: it is thread-safe). */
    private static final class Bylines {
        static final org.annals.pipeline.Pipeline PIPELINE = org.annals.pipeline.Pipeline.english();
    }

    /**
     * Removes the {@link #BOILERPLATE} elements, but for one that holds most of the page's text: a page wrapped whole
     * in a {@code <form>} (ASP.NET) or a banner role is still its text. Nested ones go with their container.
     */
    private static void dropBoilerplate(org.jsoup.nodes.Document page) {
        int total = page.body() == null ? 0 : page.body().text().length();
        for (Element e : page.select(BOILERPLATE)) {
            if (e.parent() == null) {
                continue; // inside one removed already
            }
            String tag = e.normalName();
            boolean visible = !tag.equals("script") && !tag.equals("style") && !tag.equals("template");
            if (visible && total > 0 && e.text().length() * 2 > total) {
                continue;
            }
            e.remove();
        }
    }

    /** Whether the bytes start with a UTF-8 or UTF-16 byte order mark. */
    private static boolean startsWithByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
    }

    /**
     * The language the page says it is in: {@code <html lang>}, else {@code <meta http-equiv=content-language>}, else
     * {@code og:locale}, as an ISO 639-1 code; null when it says none. Templates often keep {@code lang="en"} on pages
     * in other languages, so this is used only when the text itself does not tell ({@link
     * org.annals.nlp.Languages#detect}).
     */
    private static String declaredLanguage(org.jsoup.nodes.Document page) {
        Element html = page.selectFirst("html[lang]");
        String lang = html == null ? null : Languages.twoLetters(html.attr("lang"));
        if (lang == null) {
            lang = Languages.twoLetters(firstAttribute(page, "meta[http-equiv=content-language]", "content"));
        }
        if (lang == null) {
            lang = Languages.twoLetters(firstAttribute(page, "meta[property=og:locale]", "content"));
        }
        return lang;
    }

    private static Element root(org.jsoup.nodes.Document page) {
        for (String css : ROOTS) {
            Elements found = page.select(css);
            Element best = null;
            int bestLength = -1;
            for (Element e : found) {
                int n = e.text().length();
                if (n > bestLength) {
                    best = e;
                    bestLength = n;
                }
            }
            if (best != null && bestLength > 0) {
                return best;
            }
        }
        return page.body();
    }

    private static String title(org.jsoup.nodes.Document page, Element root) {
        String og = firstAttribute(page, "meta[property=og:title]", "content");
        if (og != null) {
            return og;
        }
        Element h1 = root.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = page.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static String firstAttribute(org.jsoup.nodes.Document page, String css, String attribute) {
        for (Element e : page.select(css)) {
            String v = e.attr(attribute).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    /**
     * The publication date: the first source of {@link #DATE_METAS} that gives one; but a date written in UTC
     * ({@code 2023-11-09T04:10:00Z}) gives way to a local one a day from it that a later source gives (a local time
     * or the page's address, {@code /2023/11/08/}; never a date of change): the day the readers of the page saw.
     */
    private static DocumentDate date(org.jsoup.nodes.Document page, boolean change) {
        DocumentDate first = null;
        java.time.Instant firstInstant = null;
        boolean modified = false;
        Map<String, List<Element>> metas = metaIndex(page);
        for (String css : DATE_METAS) {
            modified |= css.equals(FIRST_MODIFIED);
            if (modified != change) {
                continue; // dates of publication first, of change only when the page has no other
            }
            for (String v : values(page, css, metas)) {
                LocalDate d = css.equals(URL_PATH) ? Dates.inUrl(v) : Dates.datePart(v);
                if (d == null) {
                    continue;
                }
                boolean url = css.equals(URL_PATH);
                boolean utc = !url && Dates.isUtc(v);
                DocumentDate found = DocumentDate.of(d, url ? DocumentDate.Source.URL
                        : css.equals(JSON_LD) ? DocumentDate.Source.JSON_LD : DocumentDate.Source.HTML_META);
                if (first == null) {
                    if (!utc) {
                        return found;
                    }
                    first = found;
                    firstInstant = Dates.instant(v);
                } else if (!utc && Math.abs(d.toEpochDay() - first.value().toEpochDay()) == 1 && (url
                        || firstInstant != null && firstInstant.equals(Dates.instant(v)))) {
                    // the same moment in the page's own zone, or the day its address gives
                    return found;
                }
            }
        }
        return first;
    }

    /**
     * A date written in the article's byline or date line: the first element of the article (after boilerplate is
     * gone) whose class or id names a date ("date", "byline", "posted", "datum", "fecha"...), not a comment's, whose
     * own short text holds a date in any of the languages of {@link Dates#inText}.
     */
    private static LocalDate dateElement(Element root) {
        for (Element e : root.select(DATE_ELEMENTS)) {
            String hints = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
            if (hints.contains("comment") || hints.contains("update") || hints.contains("modified")
                    || e.closest("[class*=comment], [id*=comment]") != null) {
                continue;
            }
            LocalDate d = Dates.inText(e.text().strip());
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** Elements that hold a picture's credit: the photographer, the agency, the rights. */
    private static final String CREDITS = "[class*=credit], [class*=img-author], [class*=photographer],"
            + " [class*=copyright], [itemprop=creator], [itemprop=copyrightHolder]";
    /** Where a caption's credit starts: "Foto: ...", "Bild: ...", "Photo: ...", "© ...", "(c) ...". */
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile(
            "(?:^|\\s|[.(|/,;])(?:(?:Foto|Fotos|Bild|Bilder|Photo|Photos|Image|Credit|Crédit|Crédito|Quelle|Source|Fuente"
                    + "|Fotografía|Foto di)\\s*:|©|\\(c\\)\\s)",
            java.util.regex.Pattern.UNICODE_CASE);

    /**
     * Drops the credits of pictures (their photographer, agency, rights), which are no part of the article's text,
     * and keeps their captions: an element marked as a credit goes; a caption ({@code <figcaption>}, or a class
     * naming a caption) loses what follows "Foto:", "Bild:", "Photo:", "©"..., and goes when nothing is left.
     */
    private static void dropCredits(Element root) {
        root.select(CREDITS).remove();
        for (Element caption : root.select("figcaption, [class*=caption]")) {
            if (caption.parent() == null || !caption.select("p, div, figure, img").isEmpty()
                    && !caption.normalName().equals("figcaption")) {
                continue; // a container of pictures named as one: its own captions are read one by one
            }
            String text = caption.text();
            java.util.regex.Matcher m = CREDIT.matcher(text);
            if (m.find()) {
                String kept = text.substring(0, m.start()).strip();
                if (kept.isEmpty()) {
                    caption.remove();
                } else {
                    caption.empty().appendText(kept);
                }
            }
        }
    }

    /** The word lists of boxes, leads and pointer lines ({@code org/annals/io/boxes.tsv}), read once. */
    private static final org.annals.text.WordLists BOXES = org.annals.text.WordLists.load(HtmlReader.class,
            "/org/annals/io/boxes.tsv");
    /** Words of a class or id that name an article's lead, standfirst or summary: {@code boxes.tsv}. */
    private static final Set<String> LEAD_WORDS = BOXES.get("lead-words");
    /** How many levels above the article its lead is looked for. */
    private static final int LEAD_LEVELS = 3;

    /**
     * The lead of the article when it stands outside the container chosen ("chapo", "standfirst", "intro",
     * "Einleitung": a class or id of {@code lead-words}): the first such element of prose (at least 40 characters,
     * under half of it link text) before the article, in its parent or up to {@value #LEAD_LEVELS} levels above;
     * null when there is none.
     */
    private static Element lead(Element root) {
        Element branch = root;
        for (int level = 0; level < LEAD_LEVELS && branch.parent() != null; level++) {
            Element parent = branch.parent();
            for (Element sibling : parent.children()) {
                if (sibling == branch) {
                    break;
                }
                for (Element e : sibling.getAllElements()) {
                    if (hasWord(e, LEAD_WORDS)) {
                        int length = e.text().length();
                        if (length >= 40 && linkText(e) * 2 < length) {
                            return e;
                        }
                    }
                }
            }
            branch = parent;
        }
        return null;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) {
            n += a.text().length();
        }
        return n;
    }

    /** Lines that start with one of these point elsewhere or file the page: {@code boxes.tsv}'s {@code line-cues}. */
    private static final java.util.regex.Pattern CUE_LINE = cueLines();
    /** A cue line is short: a paragraph of prose that starts with "Related" is still prose. */
    private static final int CUE_LINE_LENGTH = 150;

    private static java.util.regex.Pattern cueLines() {
        return java.util.regex.Pattern.compile("^\\W*(?:" + Dates.phrases(BOXES.get("line-cues")) + ")\\s*[:?!.]",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    }

    /**
     * Drops the short lines inside the article that point to other articles or file this one ("Lesen Sie auch:
     * ...", "Read more: ...", "Kategorie: News", "Tags: ..."): a paragraph, list item or block of at most {@value
     * #CUE_LINE_LENGTH} characters that starts with a cue of {@code line-cues} and a colon or question mark.
     */
    private static void dropCueLines(Element root) {
        for (Element e : root.select("p, li, div, span, dd, h3, h4, h5, h6, strong")) {
            if (e == root || e.parent() == null) {
                continue;
            }
            String text = e.text();
            if (text.length() <= CUE_LINE_LENGTH && CUE_LINE.matcher(text).find()) {
                e.remove();
            }
        }
    }

    /** How many elements after the headline are searched for its date line. */
    private static final int AFTER_HEADLINE = 40;
    /** And how many before it (a date line above the headline: "Party, 30.10.23"). */
    private static final int BEFORE_HEADLINE = 5;
    /** A date line is short: longer text is prose, whose dates are the story's. */
    private static final int DATE_LINE = 80;

    /**
     * The date of a short line just under the article's headline (its first {@code <h1>}, else the page's), which
     * pages often write without naming it: "1. Februar 2022, Daniel Dillenburg", "21. Jan 2022 // Dominik Ricker",
     * "02.02.2022 •". The first of the {@value #BEFORE_HEADLINE} elements before the headline and the {@value
     * #AFTER_HEADLINE} after it whose own short text (at most {@value #DATE_LINE} characters) holds a date in one of the languages of {@link Dates#inText}; not in a
     * comment, not one of change ("aktualisiert", "updated").
     */
    private static LocalDate underHeadline(org.jsoup.nodes.Document page, Element marked) {
        Element h1 = marked.selectFirst("h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 == null) {
            return null;
        }
        Elements all = page.getAllElements();
        int start = all.indexOf(h1);
        for (int i = Math.max(0, start - BEFORE_HEADLINE); i < all.size() && i <= start + AFTER_HEADLINE; i++) {
            Element e = all.get(i);
            if (i <= start && (e == h1 || ArticleRoot.isAncestor(e, h1))) {
                continue;
            }
            if (e.closest("[class*=comment], [id*=comment]") != null) {
                continue;
            }
            String text = e.childrenSize() <= 3 ? e.text() : e.ownText();
            if (text.isEmpty() || text.length() > DATE_LINE) {
                continue;
            }
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("update") || lower.contains("aktualisiert") || lower.contains("modifi")
                    || lower.contains("geändert")) {
                continue;
            }
            LocalDate d = Dates.inText(text);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Drops the boxes inside the article that are no part of it: an element whose class or id names comments,
     * sharing, a newsletter, related articles, advertising, a cookie notice, a copyright line... ({@code
     * org/annals/io/boxes.tsv}), unless it holds most of the article's text (a wrapper badly named is still the
     * article). One pass over the elements.
     */
    private static void dropBoxes(Element root) {
        int total = root.text().length();
        Set<Element> drop = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element e : root.getAllElements()) {
            if (e == root || !isBox(e)) {
                continue;
            }
            boolean inside = false;
            for (Element p = e.parent(); p != null && p != root && !inside; p = p.parent()) {
                inside = drop.contains(p);
            }
            if (!inside && e.text().length() * 2 < total) {
                drop.add(e);
            }
        }
        for (Element e : drop) {
            e.remove();
        }
    }

    /** Whether an element's class or id has a word of {@code boxes.tsv} ("comment-list", "share_buttons"). */
    private static boolean isBox(Element e) {
        return hasWord(e, BOX_WORDS);
    }

    /** Whether an element's class or id has one of the words (its names split at every character not a letter). */
    private static boolean hasWord(Element e, Set<String> words) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return false;
        }
        for (String word : names.toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Words of a class or id that name a box that is no part of the article: {@code org/annals/io/boxes.tsv}. */
    private static final Set<String> BOX_WORDS = BOXES.get("box-words");

    /** Elements whose class or id says they hold the article's date or byline. */
    private static final String DATE_ELEMENTS = "[class*=date], [class*=byline], [class*=posted], [class*=publish],"
            + " [class=submitted],"
            + " [class*=datum], [class*=fecha], [class*=meta], [id*=date], [id*=byline], [class*=time], time";

    /** The values a source of {@link #DATE_METAS} offers, in page order. */
    private static List<String> values(org.jsoup.nodes.Document page, String css, Map<String, List<Element>> metas) {
        String key = META_KEYS.get(css);
        if (key != null) {
            List<String> out = new java.util.ArrayList<>(1);
            for (Element e : metas.getOrDefault(key, List.of())) {
                out.add(e.attr("content"));
            }
            return out;
        }
        if (css.equals(URL_PATH)) {
            List<String> urls = new java.util.ArrayList<>(2);
            for (String u : new String[] {firstAttribute(page, "link[rel=canonical]", "href"),
                    firstAttribute(page, "meta[property=og:url]", "content")}) {
                if (u != null) {
                    urls.add(u);
                }
            }
            return urls;
        }
        if (css.equals(JSON_LD)) {
            String v = jsonLdDate(page);
            return v == null ? List.of() : List.of(v);
        }
        List<String> out = new java.util.ArrayList<>();
        for (Element e : page.select(css)) {
            out.add(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime")
                    : e.attr("title"));
        }
        return out;
    }

    /** The sources of {@link #DATE_METAS} that are meta tags by one attribute: {@code meta[name=date]} to {@code name=date}. */
    private static final Map<String, String> META_KEYS = metaKeys();

    private static Map<String, String> metaKeys() {
        java.util.regex.Pattern meta = java.util.regex.Pattern.compile("meta\\[(?<attr>name|property|itemprop)=(?<value>[^\\]]+)\\]");
        Map<String, String> keys = new java.util.HashMap<>();
        for (String css : DATE_METAS) {
            java.util.regex.Matcher m = meta.matcher(css);
            if (m.matches()) {
                keys.put(css, m.group("attr") + "=" + m.group("value").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return Map.copyOf(keys);
    }

    /** The page's meta tags by {@code name=...}, {@code property=...} and {@code itemprop=...} (lower case): one walk. */
    private static Map<String, List<Element>> metaIndex(org.jsoup.nodes.Document page) {
        Map<String, List<Element>> index = new java.util.HashMap<>();
        for (Element e : page.getElementsByTag("meta")) {
            for (String attr : new String[] {"name", "property", "itemprop"}) {
                String v = e.attr(attr);
                if (!v.isEmpty()) {
                    index.computeIfAbsent(attr + "=" + v.strip().toLowerCase(java.util.Locale.ROOT),
                            k -> new java.util.ArrayList<>(1)).add(e);
                }
            }
        }
        return index;
    }

    /** The first {@code datePublished} of the page's JSON-LD blocks that holds a date, as written. */
    private static String jsonLdDate(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                String d = datePublished(JSON.readTree(script.data()), 0);
                if (d != null) {
                    return d;
                }
            } catch (JacksonException e) {
                // a broken JSON-LD block says nothing about the date: try the next source
            }
        }
        return null;
    }

    /** The first {@code datePublished} value under a JSON-LD node that holds a date, as written. */
    private static String datePublished(JsonNode node, int depth) {
        if (node == null || depth > MAX_JSON_DEPTH) {
            return null;
        }
        if (node.isObject()) {
            JsonNode v = node.get(DATE_PUBLISHED);
            if (v != null && v.isTextual() && Dates.datePart(v.asText()) != null) {
                return v.asText();
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String d = datePublished(field.getValue(), depth + 1);
                if (d != null) {
                    return d;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                String d = datePublished(child, depth + 1);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** Removes containers whose text is mostly link text (menus, related-story lists, tag clouds). */
    private static void dropLinkLists(Element root) {
        for (Element e : root.select(String.join(", ", LINK_LISTS))) {
            if (e == root || e.parent() == null) {
                continue;
            }
            int all = e.text().length();
            if (all == 0) {
                continue;
            }
            if (linkText(e) > MAX_LINK_SHARE * all) {
                e.remove();
            }
        }
    }

    /** The text of an element: lines for blocks, a blank line after paragraphs and headings. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        append(root, out);
        return finish(out);
    }

    private static void append(Node node, StringBuilder out) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    if (out.length() > 0 && !endsWithSpace(out)) {
                        out.append(' ');
                    }
                } else {
                    out.append(c);
                }
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            newline(out, 1);
            return;
        }
        boolean paragraph = PARAGRAPHS.contains(tag);
        boolean line = paragraph || LINE_BLOCKS.contains(tag);
        if (line) {
            newline(out, paragraph ? 2 : 1);
        }
        for (Node child : e.childNodes()) {
            append(child, out);
        }
        if (line) {
            newline(out, paragraph ? 2 : 1);
        }
    }

    private static boolean endsWithSpace(StringBuilder out) {
        char c = out.charAt(out.length() - 1);
        return c == ' ' || c == '\n';
    }

    /** Ends the current line: at least {@code breaks} line breaks at the end, no trailing space before them. */
    private static void newline(StringBuilder out, int breaks) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() == 0) {
            return;
        }
        int have = 0;
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) == '\n'; i--) {
            have++;
        }
        for (int k = have; k < breaks; k++) {
            out.append('\n');
        }
    }

    private static String finish(StringBuilder out) {
        String s = out.toString().strip();
        return s.isEmpty() ? s : s + "\n";
    }

    /** Whether bytes start as an HTML page: {@code <!DOCTYPE html} or {@code <html}, any case, after white space. */
    static boolean startsAsHtml(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        String head = new String(b, i, Math.min(b.length - i, 14), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** True for the file names this reader takes. */
    static boolean accepts(String lowerCaseName) {
        return lowerCaseName.endsWith(".html") || lowerCaseName.endsWith(".htm");
    }
}
