package org.annals.io;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the element of a page that holds its article, by scoring the containers of its paragraphs, as Mozilla's
 * Readability and trafilatura do, rather than taking the first element a selector names:
 * <ol>
 *   <li>every paragraph ({@code <p>}, {@code <pre>}, {@code <td>}, {@code <blockquote>}, and a {@code <div>} or
 *       {@code <section>} holding text but no block) of at least {@value #MIN_PARAGRAPH} characters scores 1, plus
 *       one per comma, plus one per hundred characters up to three;</li>
 *   <li>its score goes to its parent whole, to its grandparent half, and to the ancestors above a third of it per
 *       level, up to {@value #LEVELS} levels; each container starts from what its tag and its class and id say
 *       ({@code article}, {@code content}, {@code post} up; {@code comment}, {@code sidebar}, {@code footer}
 *       down; {@code <article>} and {@code [itemprop=articleBody]} up);</li>
 *   <li>a container's score is scaled by the share of its text that is not link text;</li>
 *   <li>the best container, or the ancestor that several nearly as good ones share (an article split in blocks);
 *       its siblings that score well too, are paragraphs of prose, or are blocks of its kind (same tag, a class in
 *       common) with {@value #SIBLING_PROSE} characters or more and few links, are kept with it.</li>
 * </ol>
 * Linear in the page: each element's text length and link text length are computed once, bottom up.
 */
final class ArticleRoot {

    /** Shorter paragraphs say nothing about where the article is. */
    static final int MIN_PARAGRAPH = 25;
    /** How many ancestors a paragraph's score reaches. */
    static final int LEVELS = 5;
    /** A class or id that says an element is (or holds) the article. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|beitrag|artikel"
                    + "|inhalt|texte|contenido|nota|corpo|testo");
    /** A class or id that says an element is something else around the article. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|tool|widget|teaser|newsletter|cookie|social|navigation|menu|breadcrumb|kommentar"
                    + "|comentario|commento|reference|bibliograph|citation|literaturverzeichnis");
    /** Elements that are blocks: a div holding one of these is no paragraph itself. */
    private static final Set<String> BLOCKS = Set.of("a", "blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
            "main", "aside", "nav", "form");
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
    /** Other candidates within this share of the best one's score count as its rivals. */
    private static final double RIVAL = 0.75;
    /** How many rivals under one ancestor make that ancestor the article. */
    private static final int RIVALS = 3;

    private final Map<Element, Integer> textLength = new IdentityHashMap<>();
    private final Map<Element, Integer> linkLength = new IdentityHashMap<>();
    private final Map<Element, Double> score = new IdentityHashMap<>();

    private ArticleRoot() {
    }

    /**
     * The article's element under {@code body}: the best container, with the siblings that belong to it left in
     * place and the others removed from its parent when there are some (the parent is then returned); {@code body}
     * itself when no paragraph scores.
     */
    static Element find(Element body) {
        return new ArticleRoot().choose(body);
    }

    private Element choose(Element body) {
        lengths(body);
        List<Element> candidates = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (!isParagraph(e)) {
                continue;
            }
            int length = textLength.getOrDefault(e, 0);
            if (length < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + commas(e) + Math.min(length / 100, 3);
            Element a = e.parent();
            for (int level = 0; a != null && level < LEVELS; level++, a = a.parent()) {
                if (!score.containsKey(a)) {
                    score.put(a, initial(a));
                    candidates.add(a);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score.put(a, score.get(a) + points / divider);
                if (a == body) {
                    break;
                }
            }
        }
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            double s = score.get(c) * (1 - linkDensity(c));
            score.put(c, s);
            if (s > best) {
                best = s;
                top = c;
            }
        }
        if (top == null || top == body) {
            return body;
        }
        top = sharedAncestor(top, best, candidates, body);
        top = climb(top, body);
        return withSiblings(top, body);
    }

    /**
     * When {@value #RIVALS} or more other candidates score within {@value #RIVAL} of the best, their closest common
     * ancestor with it that they all sit in is the article (its parts were scored apart); else the best.
     */
    private Element sharedAncestor(Element top, double best, List<Element> candidates, Element body) {
        List<Element> rivals = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && score.get(c) >= RIVAL * best && !isAncestor(c, top) && !isAncestor(top, c)) {
                rivals.add(c);
            }
        }
        if (rivals.size() < RIVALS) {
            return top;
        }
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            int inside = 0;
            for (Element r : rivals) {
                inside += isAncestor(a, r) ? 1 : 0;
            }
            if (inside >= RIVALS) {
                return a;
            }
        }
        return top;
    }

    /**
     * The container above the best one when the scores rise on the way up (more of the article lies beside it: a
     * parent scores only from half its grandchildren's paragraphs, so a higher score means more of them), and above
     * a container that is its parent's only child.
     */
    private Element climb(Element top, Element body) {
        double last = score.getOrDefault(top, 0.0);
        double floor = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Double s = score.get(p);
            if (s == null) {
                continue;
            }
            if (s < floor) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /**
     * The best container with its siblings that belong to the article (scoring a fifth of it, at least 10; or
     * paragraphs of prose with few links): the others are removed from the parent, which is returned; the container
     * alone when no sibling belongs.
     */
    private Element withSiblings(Element top, Element body) {
        Element parent = top.parent();
        if (parent == null || top == body) {
            return top;
        }
        double threshold = Math.max(10, score.getOrDefault(top, 0.0) * 0.2);
        String topClass = top.className();
        List<Element> keep = new ArrayList<>();
        List<Element> drop = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                keep.add(sibling);
                continue;
            }
            double bonus = !topClass.isEmpty() && sibling.className().equals(topClass)
                    ? score.getOrDefault(top, 0.0) * 0.2 : 0;
            boolean belongs = score.containsKey(sibling) && score.get(sibling) + bonus >= threshold
                    || sameKind(sibling, top) && textLength.getOrDefault(sibling, 0) >= SIBLING_PROSE
                    && linkDensity(sibling) < 0.3;
            if (!belongs && sibling.normalName().equals("p")) {
                int length = textLength.getOrDefault(sibling, 0);
                double links = linkDensity(sibling);
                String text = length < 80 ? sibling.text() : "";
                belongs = length >= 80 && links < 0.25
                        || length > 0 && length < 80 && links == 0 && text.matches("(?s).*\\.( |$).*");
            }
            (belongs ? keep : drop).add(sibling);
        }
        if (keep.size() == 1) {
            return top;
        }
        for (Element e : drop) {
            e.remove();
        }
        return parent;
    }

    /** A sibling of the article's kind (same tag, a class in common) with this much text is more of the article. */
    private static final int SIBLING_PROSE = 150;

    /** Same tag and a class in common: the blocks a page's editor splits an article into. */
    private static boolean sameKind(Element a, Element b) {
        if (!a.normalName().equals(b.normalName())) {
            return false;
        }
        for (String c : a.classNames()) {
            if (b.hasClass(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a} holds {@code e} (strictly). */
    static boolean isAncestor(Element a, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /** A paragraph: p, pre, td, blockquote, or a div or section with text and no block inside. */
    private static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return true;
        }
        if (!tag.equals("div") && !tag.equals("section")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The score a container starts from: its tag, then its class and id. */
    private static double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "section" -> 5;
            case "article" -> 15;
            case "main" -> 10;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            s += 25;
        }
        return s + classWeight(e);
    }

    /** +25 for a class or id that names the article, -25 for one that names something else; each counted once. */
    static int classWeight(Element e) {
        int w = 0;
        for (String names : new String[] {e.className(), e.id()}) {
            if (names.isEmpty()) {
                continue;
            }
            String n = names.toLowerCase(Locale.ROOT);
            if (NEGATIVE.matcher(n).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(n).find()) {
                w += 25;
            }
        }
        return w;
    }

    private static int commas(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                n += c == ',' || c == '\uFF0C' || c == '\u3001' ? 1 : 0;
            }
        }
        return n;
    }

    /** The share of an element's text that is link text. */
    private double linkDensity(Element e) {
        int all = textLength.getOrDefault(e, 0);
        return all == 0 ? 0 : (double) linkLength.getOrDefault(e, 0) / all;
    }

    /**
     * Each element's text length (white space runs counted as one character) and link text length, bottom up in one
     * walk (iterative: any depth of nesting).
     */
    private void lengths(Element root) {
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                int text = 0;
                int links = 0;
                for (Node child : e.childNodes()) {
                    if (child instanceof TextNode t) {
                        text += visible(t.getWholeText());
                    } else if (child instanceof Element c) {
                        text += textLength.getOrDefault(c, 0);
                        links += linkLength.getOrDefault(c, 0);
                    }
                }
                textLength.put(e, text);
                linkLength.put(e, e.normalName().equals("a") ? text : links);
            }
        }, root);
    }

    private static int visible(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
            if (!ws) {
                n++;
            } else if (!space) {
                n++; // a run of white space counts as one
            }
            space = ws;
        }
        return n;
    }
}
