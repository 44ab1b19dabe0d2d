package org.annals.io;

import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReaderTest {

    private static Document read(String html) throws ReadException {
        return HtmlReader.read("page.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void articleTextWithoutBoilerplateTitleUrlAndPublishedTime() throws ReadException {
        Document d = read("""
                <html><head><title>Crossing | The Daily</title>
                <meta property="og:title" content="Chinese troops cross the Yalu">
                <meta property="article:published_time" content="2020-10-25T08:30:00+00:00">
                <link rel="canonical" href="https://example.org/yalu">
                <script>var x = "Oct. 1, 1999";</script><style>p { color: red }</style></head>
                <body><header><a href="/">Home</a> <a href="/world">World</a></header>
                <nav><ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a></li></ul></nav>
                <article><h1>Chinese troops cross the Yalu</h1>
                <p>On Oct. 25, 1950, the Chinese army   crossed
                   the Yalu River.</p>
                <p>Fighting went on<br>until November.</p>
                <ul class="related"><li><a href="/x">Related: Korea in 1953</a></li></ul>
                </article>
                <aside>Subscribe now</aside><footer>Copyright 2020</footer></body></html>""");
        assertEquals("Chinese troops cross the Yalu\n\nOn Oct. 25, 1950, the Chinese army crossed the Yalu River.\n\n"
                + "Fighting went on\nuntil November.\n", d.text());
        assertEquals("Chinese troops cross the Yalu", d.title());
        assertEquals("https://example.org/yalu", d.url());
        assertEquals(DocumentDate.of(java.time.LocalDate.of(2020, 10, 25), DocumentDate.Source.HTML_META), d.date());
        assertEquals("page.html", d.source());
    }

    @Test
    void jsonLdDatePublishedInAGraph() throws ReadException {
        Document d = read("""
                <html><head><title>Report</title>
                <script type="application/ld+json">{ broken</script>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
                 {"@type":"NewsArticle","headline":"Report","datePublished":"2019-03-04T10:00:00Z"}]}</script>
                </head><body><main><p>The report came out last week.</p></main></body></html>""");
        assertEquals("2019-03-04", d.date().value().toString());
        assertEquals(DocumentDate.Source.JSON_LD, d.date().from());
        assertEquals("Report", d.title());
        assertEquals("The report came out last week.\n", d.text());
        assertNull(d.url());
    }

    @Test
    void timeElementAndBodyFallback() throws ReadException {
        Document d = read("""
                <html><body><div class="menu"><a href="/1">One</a> <a href="/2">Two</a></div>
                <div><p>Posted <time datetime="2018-07-01">July 1</time> by staff.</p><p>Rain fell on Sunday.</p>
                </div></body></html>""");
        assertEquals("2018-07-01", d.date().value().toString());
        assertEquals("Posted July 1 by staff.\n\nRain fell on Sunday.\n", d.text());
        assertNull(d.title());
    }

    @Test
    void withoutAnyDateInTheHeadTheBylineGivesItAndStaysInTheText() throws ReadException {
        Document d = read("<html><body><article><p class=byline>Published Oct. 25, 2020</p>"
                + "<p>Seventy years ago, the war turned.</p></article></body></html>");
        assertEquals("2020-10-25", d.date().value().toString());
        assertEquals(DocumentDate.Source.BYLINE, d.date().from());
        assertTrue(d.text().startsWith("Published Oct. 25, 2020\n\n"), d.text());
        // a byline the page does not mark is found in the text, as the tagger finds one
        Document unmarked = read("<html><body><article><p>Published Oct. 25, 2020</p>"
                + "<p>Seventy years ago, the war turned.</p></article></body></html>");
        assertEquals(DocumentDate.of(java.time.LocalDate.of(2020, 10, 25), DocumentDate.Source.BYLINE), unmarked.date());
        // a date deep in the story is no byline
        assertNull(read("<html><body><article><p>The war turned.</p><p>It was a cold winter.</p>"
                + "<p>Seventy years ago, on Oct. 25, 1950, the army crossed the river that had marked the border, and"
                + " the war that everyone had thought over took another turn.</p></article></body></html>")
                .date());
        assertFalse(d.text().contains("<"), d.text());
    }

    @Test
    void metaCharsetIsHonoured() throws ReadException {
        byte[] latin1 = "<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 opened in 1950.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Caf\u00e9 opened in 1950.\n", HtmlReader.read("p.htm", latin1).text());
    }

    @Test
    void validUtf8IsUtf8WhateverThePageDeclares() throws ReadException {
        Document d = HtmlReader.read("p.html", ("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 in"
                + " K\u00f6ln, \u20ac5.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        assertEquals("Caf\u00e9 in K\u00f6ln, \u20ac5.\n", d.text());
        assertEquals("UTF-8", d.charset());
        // a page in UTF-8 with one damaged byte is still UTF-8 (the byte is U+FFFD), not a legacy charset
        byte[] good = ("<html><body><p>Gr\u00fc\u00dfe aus M\u00fcnchen, sch\u00f6ne Gr\u00fc\u00dfe, \u00fcber"
                + " die Br\u00fccke, f\u00fcr K\u00e4the und J\u00f6rg").getBytes(StandardCharsets.UTF_8);
        byte[] damaged = java.util.Arrays.copyOf(good, good.length + 1);
        damaged[good.length] = (byte) 0xE9;
        Document d2 = HtmlReader.read("p.html", damaged);
        assertEquals("UTF-8", d2.charset());
        assertTrue(d2.text().startsWith("Gr\u00fc\u00dfe aus M\u00fcnchen"), d2.text());
    }

    @Test
    void legacyBytesInTheDeclaredCharsetElseTheDetectedOne() throws ReadException {
        // declared ISO-8859-1 is read as browsers read it, Windows-1252 (0x80 is the euro sign)
        byte[] declared = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>\u20ac5 im M\u00e4rz</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Document d = HtmlReader.read("p.html", declared);
        assertEquals("\u20ac5 im M\u00e4rz\n", d.text());
        assertEquals("windows-1252", d.charset());
        // nothing declared: Latin bytes are Windows-1252, not UTF-8 replacement characters
        byte[] undeclared = "<html><body><p>La f\u00eate a eu lieu \u00e0 No\u00ebl.</p></body></html>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("La f\u00eate a eu lieu \u00e0 No\u00ebl.\n", HtmlReader.read("p.html", undeclared).text());
        // a declared Cyrillic charset
        String russian = "\u0412\u043e\u0439\u043d\u0430 \u043d\u0430\u0447\u0430\u043b\u0430\u0441\u044c"
                + " \u0432 \u0438\u044e\u043d\u0435 1950 \u0433\u043e\u0434\u0430.";
        byte[] cp1251 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + russian + "</p></body></html>").getBytes(java.nio.charset.Charset.forName("windows-1251"));
        Document r = HtmlReader.read("p.html", cp1251);
        assertEquals(russian + "\n", r.text());
        assertEquals("windows-1251", r.charset());
    }

    @Test
    void theLanguageTheTextIsWrittenInOverTheTemplatesLangAttribute() throws ReadException {
        Document german = read("<html lang=\"en\"><body><article><p>Der Krieg in Korea begann im Juni 1950, als"
                + " nordkoreanische Truppen die Grenze \u00fcberschritten und schnell nach S\u00fcden vorr\u00fcckten."
                + "</p></article></body></html>");
        assertEquals("de", german.language());
        Document english = read("<html><body><article><p>The war in Korea began in June 1950, when troops from the"
                + " north crossed the border and moved quickly to the south.</p></article></body></html>");
        assertEquals("en", english.language());
        // too little text to tell: the page's own declaration, else nothing
        assertEquals("fr", read("<html lang=\"fr-FR\"><body><p>Le 3 mars.</p></body></html>").language());
        assertEquals("pt", read("<html><head><meta property=\"og:locale\" content=\"pt_BR\"></head>"
                + "<body><p>Ontem.</p></body></html>").language());
        assertNull(read("<html><body><p>1950</p></body></html>").language());
    }

    @Test
    void theArticleIsTheContainerWhoseParagraphsScoreBestNotTheFirstMarkedOne() throws ReadException {
        String prose = "<p>The council met on Tuesday, after weeks of delay, to vote on the new harbour plan, which"
                + " had divided the town.</p>";
        Document d = read("<html><body><div id=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
                + "<div class=\"sidebar\"><p>Most read: a very long list of stories, with commas, and more commas,"
                + " and <a href=\"/x\">links to other pages of this site</a>.</p></div>"
                + "<div class=\"story-body\">" + prose + prose.replace("Tuesday", "Wednesday") + "</div>"
                + "<div class=\"promo\"><p>Subscribe to our newsletter, today, for free, and never miss a story.</p></div>"
                + "</body></html>");
        assertTrue(d.text().startsWith("The council met on Tuesday"), d.text());
        assertTrue(d.text().contains("on Wednesday"), d.text());
        assertFalse(d.text().contains("Most read"), d.text());
        assertFalse(d.text().contains("newsletter"), d.text());
        assertFalse(d.text().contains("Home"), d.text());
    }

    @Test
    void anArticleSplitInBlocksIsKeptWholeWithItsProseSiblings() throws ReadException {
        String para = "<p>Troops crossed the river at dawn, and by noon, after a short fight, they held the bridge"
                + " and the town beyond it.</p>";
        Document d = read("<html><body><div class=\"page\">"
                + "<div class=\"lead\"><p>An intro that sets the scene, briefly, for the reader, in one sentence.</p></div>"
                + "<div class=\"text\">" + para + para + "</div>"
                + "<p>A short closing line with no links at all, as articles often have.</p>"
                + "<div class=\"text\">" + para.replace("dawn", "dusk") + para + "</div>"
                + "<ul class=\"related\"><li><a href=\"/1\">Related story one</a></li><li><a href=\"/2\">Two</a></li></ul>"
                + "</div><div class=\"comments\"><p>Great article, thanks, I agree with every word of it, well said.</p>"
                + "</div></body></html>");
        assertTrue(d.text().contains("at dawn"), d.text());
        assertTrue(d.text().contains("at dusk"), d.text());
        assertTrue(d.text().contains("A short closing line"), d.text());
        assertFalse(d.text().contains("Related story"), d.text());
        assertFalse(d.text().contains("Great article"), d.text());
    }

    @Test
    void aPageWrappedWholeInAFormIsStillRead() throws ReadException {
        Document d = read("<html><body><form id=\"aspnetForm\" action=\"/page.aspx\"><div class=\"content\">"
                + "<p>The museum reopened on 3 May 2021, after a long closure, with a new wing for the harbour"
                + " collection.</p></div><input type=\"hidden\" name=\"__VIEWSTATE\"></form></body></html>");
        assertTrue(d.text().startsWith("The museum reopened on 3 May 2021"), d.text());
        // a small form (a search box) is still no part of the text
        Document search = read("<html><body><form><label>Search the site</label><input></form>"
                + "<article><p>The museum reopened on 3 May 2021, after a long closure, with a new wing.</p></article>"
                + "</body></html>");
        assertFalse(search.text().contains("Search the site"), search.text());
    }

    @Test
    void theLeadSetApartFromTheArticlesParagraphsIsKeptBeforeThem() throws ReadException {
        String para = "<p>The talks went on for hours, and by the evening, after a long session, the two sides agreed"
                + " on a text that neither liked.</p>";
        Document d = read("<html><body><div class=\"article\"><div class=\"header\"><h1>Talks</h1>"
                + "<div class=\"chapo\"><p>After seventy years, the two Koreas sit down again to talk of peace.</p>"
                + "</div></div><div class=\"teaser-list\"><a href=\"/x\">Another story of the day, with a link</a>"
                + "</div><div class=\"body\"><div class=\"text\">" + para + para.replace("hours", "days")
                + "</div></div></div></body></html>");
        assertTrue(d.text().startsWith("After seventy years, the two Koreas sit down again"), d.text());
        assertTrue(d.text().contains("went on for days"), d.text());
        assertFalse(d.text().contains("Another story"), d.text());
    }

    @Test
    void linesThatPointElsewhereOrFileThePageGoAndBlocksOfTheArticlesKindStay() throws ReadException {
        String para = "<p>The committee heard the witnesses for three days, and on the fourth, after a long and"
                + " bitter debate, it voted.</p>";
        Document d = read("<html><body><div class=\"content\">"
                + "<div class=\"csc-default\" id=\"c1\"><p>Air is what we breathe, and clean air is one of the great"
                + " problems of our cities, here and everywhere else in the world.</p></div>"
                + "<div class=\"csc-default\" id=\"c2\">" + para + para.replace("three", "four") + para + "</div>"
                + "<p>Lesen Sie auch: <a href=\"/x\">Ein anderer Artikel</a></p><p>Tags: Politik, Ausschuss</p>"
                + "</div></body></html>");
        assertTrue(d.text().startsWith("Air is what we breathe"), d.text());
        assertTrue(d.text().contains("for four days"), d.text());
        assertFalse(d.text().contains("Lesen Sie auch"), d.text());
        assertFalse(d.text().contains("Tags:"), d.text());
        // a reference list with its many commas is no article
        StringBuilder refs = new StringBuilder("<ol class=\"c-article-references\">");
        for (int i = 0; i < 20; i++) {
            refs.append("<li><p>Smith, J., Jones, K., Brown, L., et al. (2001), Title, Journal, 12, 3, 4-5.</p></li>");
        }
        Document paper = read("<html><body><article><section><div class=\"abstract\">" + para + para
                + "</div></section><section class=\"references\">" + refs + "</ol></section></article></body></html>");
        assertTrue(paper.text().startsWith("The committee heard"), paper.text());
    }

    @Test
    void captionsStayTheirPicturesCreditsAndTheAuthorsBoxGo() throws ReadException {
        Document d = read("<html><body><article><p>The harbour museum reopened its doors this week, after a long"
                + " closure, with a new wing.</p><figure><img src=\"a.jpg\"><figcaption>The new wing in May 2021."
                + " Foto: Hans Meier</figcaption></figure><figure><img src=\"b.jpg\"><figcaption>\u00a9 dpa"
                + "</figcaption></figure><p><span class=\"img-credit\">Reuters files</span></p>"
                + "<p>Visitors came from far away to see it.</p><div class=\"author-bio\">Anna writes about"
                + " museums. Follow her on Twitter.</div></article></body></html>");
        assertTrue(d.text().contains("The new wing in May 2021."), d.text());
        assertFalse(d.text().contains("Hans Meier"), d.text());
        assertFalse(d.text().contains("dpa"), d.text());
        assertFalse(d.text().contains("Reuters files"), d.text());
        assertFalse(d.text().contains("Follow her"), d.text());
        assertTrue(d.text().contains("Visitors came from far away"), d.text());
    }

    @Test
    void aDateLineAtTheHeadlineOrMarkedOutsideTheArticle() throws ReadException {
        Document under = read("<html><body><div class=\"head\"><h1>Augusta</h1><p class=\"small\"><br>1. Februar"
                + " 2022 , Daniel Dillenburg</p></div><article><p>The Masters come back in April 2022, after"
                + " a long winter of waiting for the players and the fans.</p></article></body></html>");
        assertEquals(DocumentDate.of(java.time.LocalDate.of(2022, 2, 1), DocumentDate.Source.BYLINE), under.date());
        Document above = read("<html><body><div class=\"text\"><div class=\"x\">Party, 30.10.23</div><h1>Kost\u00fcme"
                + "</h1><p>Halloween steht vor der T\u00fcr, und wer noch kein Kost\u00fcm hat, muss sich beeilen.</p>"
                + "</div></body></html>");
        assertEquals("2023-10-30", above.date().value().toString());
        Document submitted = read("<html><body><div class=\"node\"><h2>Hackathon</h2><div class=\"submitted\">"
                + "Gespeichert von rasos am 24. Juli 2017 - 18:55</div><div class=\"content\"><p>Wir waren dabei.</p>"
                + "</div></div></body></html>");
        assertEquals("2017-07-24", submitted.date().value().toString());
        Document outside = read("<html><body><ul class=\"meta\"><li class=\"meta__date\">26.02.2020</li></ul>"
                + "<article><h2>Virus</h2><p>L\u00e4sst sich die Ausbreitung kontrollieren? Viele fragen sich das.</p>"
                + "</article></body></html>");
        assertEquals("2020-02-26", outside.date().value().toString());
        // a change is no date line (it is the date only as the last resort), nor is a date in the story's prose
        assertEquals("2020-03-03", read("<html><body><h1>Title</h1><p>Aktualisiert am 3. M\u00e4rz 2020</p><p>Nothing"
                + " else here says when this page was published, and the story itself is from long ago, on 5 May 1945,"
                + " when the war in Europe ended.</p></body></html>").date().value().toString());
        assertNull(read("<html><body><h1>Title</h1><p>Nothing here says when this page was published, and the story"
                + " itself is from long ago, on 5 May 1945, when the war in Europe ended.</p></body></html>").date());
    }

    @Test
    void aCueOfPublicationAnywhereAndOneOfChangeOnlyAsTheLastResort() throws ReadException {
        String article = "<article><p>The review of a book of poems that came out this autumn, long and careful.</p>"
                + "</article>";
        Document footer = read("<html><body>" + article + "<footer><p>Letzte \u00c4nderung: 31.10.2023<br>"
                + "Erschienen am: 01.11.2023</p></footer></body></html>");
        assertEquals(DocumentDate.of(java.time.LocalDate.of(2023, 11, 1), DocumentDate.Source.BYLINE), footer.date());
        assertFalse(footer.text().contains("Erschienen"), footer.text());
        Document changed = read("<html><body>" + article + "<p class=\"info\">Aktualisiert: 30.12.2016</p></body></html>");
        assertEquals("2016-12-30", changed.date().value().toString());
        Document both = read("<html><head><meta itemprop=\"dateModified\" content=\"2017-01-05\"></head><body>"
                + article + "<p>Aktualisiert: 30.12.2016</p></body></html>");
        assertEquals("2017-01-05", both.date().value().toString(), "the page's own date of change first");
    }

    @Test
    void theDateInThePagesAddressWhenThePageStatesNone() throws ReadException {
        Document d = read("""
                <html><head><link rel="canonical" href="https://blog.example.org/2014/05/18/spring/"></head>
                <body><article><p>The blossoms came late.</p></article></body></html>""");
        assertEquals("2014-05-18", d.date().value().toString());
        assertEquals(DocumentDate.Source.URL, d.date().from());
    }

    @Test
    void aDateOfPublicationBeforeTheAddressAndADateOfChangeLast() throws ReadException {
        Document d = read("""
                <html><head><link rel="canonical" href="https://example.org/2014/05/18/x/">
                <meta name="citation_date" content="2009/09/15">
                <meta itemprop="dateModified" content="2020-01-01"></head>
                <body><p>Text.</p></body></html>""");
        assertEquals("2009-09-15", d.date().value().toString());
        Document changed = read("""
                <html><head><meta itemprop="dateModified" content="16.12.2012"></head>
                <body><p>Text.</p></body></html>""");
        assertEquals("2012-12-16", changed.date().value().toString());
    }

    @Test
    void aLocalDayOverItsUtcConversion() throws ReadException {
        // 21:30 on the 8th in Denver is 04:30 on the 9th in UTC: the page was published on the 8th
        Document byAddress = read("""
                <html><head><link rel="canonical" href="https://www.example.com/2023/11/08/game/">
                <meta property="article:published_time" content="2023-11-09T04:30:00+00:00"></head>
                <body><p>Text.</p></body></html>""");
        assertEquals("2023-11-08", byAddress.date().value().toString());
        Document byLocalTime = read("""
                <html><head><meta property="article:published_time" content="2015-08-11T23:22:37+00:00"></head>
                <body><article><time datetime="2015-08-12T00:22:37+01:00">Aug 12</time>
                <p>Text.</p><time datetime="2015-08-13T17:46:50+01:00">a comment</time></article></body></html>""");
        assertEquals("2015-08-12", byLocalTime.date().value().toString());
        // another moment a day away (a comment's) does not replace it
        Document comment = read("""
                <html><head><meta property="article:published_time" content="2015-08-11T15:22:37+00:00"></head>
                <body><p>Text.</p><time datetime="2015-08-12T08:13:16+01:00">a comment</time></body></html>""");
        assertEquals("2015-08-11", comment.date().value().toString());
    }

    @Test
    void aBylineInAnyOfSevenLanguagesWhenThePageStatesNoDate() throws ReadException {
        Document d = read("""
                <html><body><article><h1>Zähne zusammenbeißen</h1>
                <div class="post-meta"><span class="author">Von Anna Muster</span> <span class="date">am 24. Juli
                2017</span></div><p>Der Text.</p>
                <div class="comments"><span class="date">25. Juli 2017</span><p>Ein Kommentar.</p></div>
                </article></body></html>""");
        assertEquals("2017-07-24", d.date().value().toString());
        // a date of change is the last resort, after the byline
        Document changed = read("""
                <html><head><meta itemprop="dateModified" content="2020-01-01"></head><body><article>
                <p class="byline">Publié le 3 mars 2019</p><p>Texte.</p></article></body></html>""");
        assertEquals("2019-03-03", changed.date().value().toString());
    }

    @Test
    void boxesInsideTheArticleAreNoPartOfIt() throws ReadException {
        Document d = read("""
                <html><body><article><h1>Floods</h1><p>The river rose overnight and flooded the town.</p>
                <div class="share-buttons">Share on Facebook</div>
                <div id="newsletter-signup">Receive our monthly newsletter</div>
                <section class="comments"><p>Great article!</p></section>
                <p>Rescue teams reached the farms by noon.</p></article></body></html>""");
        assertTrue(d.text().contains("flooded the town") && d.text().contains("by noon"), d.text());
        assertFalse(d.text().contains("Facebook") || d.text().contains("newsletter")
                || d.text().contains("Great article"), d.text());
        // a wrapper badly named, holding most of the article, is still the article
        Document wrapped = read("""
                <html><body><article><div class="sidebar-layout"><p>The river rose overnight and flooded the
                town.</p><p>Rescue teams reached the farms by noon.</p></div><p>Short.</p></article></body></html>""");
        assertTrue(wrapped.text().contains("flooded the") && wrapped.text().contains("by noon"), wrapped.text());
    }
}
