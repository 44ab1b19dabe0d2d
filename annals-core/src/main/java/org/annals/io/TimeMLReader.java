package org.annals.io;

import org.annals.gold.AnnotatedDocument;
import org.annals.gold.GoldEvent;
import org.annals.gold.GoldTLink;
import org.annals.gold.GoldTimex;
import org.annals.model.Document;
import org.annals.model.DocumentDate;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Reads TimeML ({@code .tml}, e.g. TempEval-3) into an {@link AnnotatedDocument}.
 *
 * <ul>
 * <li>The document text is the character content of the first {@code <TEXT>} element with all inner tags removed;
 * the characters are otherwise unchanged (entity references decoded, carriage returns kept).</li>
 * <li>The document date is the date part of the {@code value} of the TIMEX3 inside {@code <DCT>}
 * ({@link DocumentDate.Source#HEADER}); null when there is no DCT or its value has no calendar date.</li>
 * <li>The title is the text of {@code <TITLE>} outside TEXT, if any.</li>
 * <li>Every TIMEX3 inside TEXT becomes a {@link GoldTimex} with offsets into the text (tid, type, value, mod).</li>
 * <li>Every EVENT inside TEXT becomes a {@link GoldEvent} (eid, class, offsets) with the tense, aspect, polarity
 * and pos of the first MAKEINSTANCE naming it.</li>
 * <li>Every TLINK (outside TEXT) with a relType and both ends becomes a {@link GoldTLink} between eids and tids:
 * event instances are mapped to their EVENT through MAKEINSTANCE, the DCT's tid is written {@code t0}.</li>
 * </ul>
 *
 * <p>Parsing uses StAX with DTD support and external entities off; a DOCTYPE is refused before parsing, so reading
 * never touches a file or the network.
 */
public final class TimeMLReader {

    private TimeMLReader() {
    }

    /**
     * @param name  the document name (used as its source and in error messages)
     * @param bytes the file content
     */
    public static AnnotatedDocument read(String name, byte[] bytes) throws ReadException {
        return parse(name, XmlText.protect(name, XmlText.decode(name, bytes)));
    }

    /** Reads TimeML already decoded to characters. */
    public static AnnotatedDocument read(String name, String xml) throws ReadException {
        return parse(name, XmlText.protect(name, xml.startsWith("\uFEFF") ? xml.substring(1) : xml));
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not supported by this implementation; DTDs are refused anyway
        }
        return f;
    }

    private static AnnotatedDocument parse(String name, String xml) throws ReadException {
        StringBuilder text = null;     // the TEXT content, once TEXT has started
        boolean textDone = false;
        int textDepth = -1;
        StringBuilder title = null;
        boolean titleDone = false;
        int titleDepth = -1;
        int dctDepth = -1;
        String dctValue = null;
        Deque<Open> open = new ArrayDeque<>();
        List<GoldTimex> gold = new ArrayList<>();
        Deque<OpenEvent> openEvents = new ArrayDeque<>();
        List<OpenEvent> events = new ArrayList<>();
        java.util.Map<String, String[]> instances = new java.util.HashMap<>();
        java.util.Map<String, String> eventOfInstance = new java.util.HashMap<>();
        List<String[]> tlinks = new ArrayList<>();
        String dctTid = null;
        int depth = 0;
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String el = r.getLocalName();
                        boolean inText = textDepth > 0;
                        if (inText && el.equals("TIMEX3")) {
                            open.push(new Open(text.length(), r.getAttributeValue(null, "tid"),
                                    r.getAttributeValue(null, "type"), r.getAttributeValue(null, "value"),
                                    r.getAttributeValue(null, "mod")));
                        } else if (inText && el.equals("EVENT")) {
                            openEvents.push(new OpenEvent(text.length(), r.getAttributeValue(null, "eid"),
                                    r.getAttributeValue(null, "class")));
                        } else if (!inText && el.equals("MAKEINSTANCE")) {
                            String eventId = r.getAttributeValue(null, "eventID");
                            String eiid = r.getAttributeValue(null, "eiid");
                            if (eventId != null && eiid != null) {
                                eventOfInstance.putIfAbsent(eiid, eventId);
                            }
                            if (eventId != null) {
                                instances.putIfAbsent(eventId, new String[] {r.getAttributeValue(null, "tense"),
                                    r.getAttributeValue(null, "aspect"), r.getAttributeValue(null, "polarity"),
                                    r.getAttributeValue(null, "pos")});
                            }
                        } else if (!inText && !textDone && el.equals("TEXT")) {
                            text = new StringBuilder();
                            textDepth = depth;
                        } else if (!inText && el.equals("DCT") && dctValue == null) {
                            dctDepth = depth;
                        } else if (dctDepth > 0 && el.equals("TIMEX3") && dctValue == null) {
                            dctValue = r.getAttributeValue(null, "value");
                            dctTid = r.getAttributeValue(null, "tid");
                        } else if (!inText && el.equals("TLINK")) {
                            tlinks.add(new String[] {r.getAttributeValue(null, "lid"),
                                first(r.getAttributeValue(null, "eventInstanceID"), r.getAttributeValue(null, "timeID")),
                                first(r.getAttributeValue(null, "relatedToEventInstance"),
                                        r.getAttributeValue(null, "relatedToTime")),
                                r.getAttributeValue(null, "relType")});
                        } else if (!inText && !titleDone && el.equals("TITLE")) {
                            title = new StringBuilder();
                            titleDepth = depth;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        String el = r.getLocalName();
                        if (textDepth > 0 && depth > textDepth && el.equals("TIMEX3") && !open.isEmpty()) {
                            Open o = open.pop();
                            int end = text.length();
                            gold.add(new GoldTimex(o.tid, o.begin, end, text.substring(o.begin, end), o.type,
                                    o.value, o.mod));
                        }
                        if (textDepth > 0 && depth > textDepth && el.equals("EVENT") && !openEvents.isEmpty()) {
                            OpenEvent o = openEvents.pop();
                            o.end = text.length();
                            events.add(o);
                        }
                        if (depth == textDepth) {
                            textDepth = -1;
                            textDone = true;
                        }
                        if (depth == titleDepth) {
                            titleDepth = -1;
                            titleDone = true;
                        }
                        if (depth == dctDepth) {
                            dctDepth = -1;
                        }
                        depth--;
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (textDepth > 0) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        } else if (titleDepth > 0) {
                            title.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.DTD -> throw new ReadException(name,
                            "document type declarations (DOCTYPE) are not accepted");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new ReadException(name,
                            "undeclared entity reference &" + r.getLocalName() + ";" + at(r.getLocation()));
                    default -> {
                        // comments, processing instructions, document start/end: nothing to do
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ReadException(name, "XML not well-formed" + at(e.getLocation()) + ": " + message(e), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release: the input is a string
                }
            }
        }
        if (text == null) {
            throw new ReadException(name, "no <TEXT> element");
        }
        String t = text.toString();
        gold.sort(Comparator.comparingInt(GoldTimex::begin).thenComparing(Comparator.comparingInt(GoldTimex::end)
                .reversed()));
        LocalDate date = Dates.datePart(dctValue);
        String ttl = title == null || title.toString().isBlank() ? null : title.toString().strip();
        Document d = new Document(name, t, date == null ? null : DocumentDate.of(date, DocumentDate.Source.HEADER),
                ttl);
        List<GoldEvent> goldEvents = new ArrayList<>(events.size());
        for (OpenEvent o : events) {
            String[] in = instances.getOrDefault(o.eid, new String[4]);
            goldEvents.add(new GoldEvent(o.eid, o.begin, o.end, t.substring(o.begin, o.end), o.cls, in[0], in[1],
                    in[2], in[3]));
        }
        goldEvents.sort(Comparator.comparingInt(GoldEvent::begin));
        List<GoldTLink> goldLinks = new ArrayList<>(tlinks.size());
        for (String[] l : tlinks) {
            String source = node(l[1], eventOfInstance, dctTid);
            String target = node(l[2], eventOfInstance, dctTid);
            if (source != null && target != null && l[3] != null) {
                goldLinks.add(new GoldTLink(l[0], source, target, l[3]));
            }
        }
        return new AnnotatedDocument(d, gold, goldEvents, goldLinks);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** A TLINK end as an eid (instances mapped through MAKEINSTANCE) or tid (the DCT's tid as t0). */
    private static String node(String id, java.util.Map<String, String> eventOfInstance, String dctTid) {
        if (id == null) {
            return null;
        }
        String eid = eventOfInstance.get(id);
        if (eid != null) {
            return eid;
        }
        return id.equals(dctTid) ? "t0" : id;
    }

    private static String at(Location loc) {
        return loc == null || loc.getLineNumber() < 0 ? ""
                : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
    }

    /** The parser's own message without the "ParseError at [row,col]" prefix it repeats. */
    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int k = m.indexOf("Message: ");
        return (k >= 0 ? m.substring(k + "Message: ".length()) : m).strip();
    }

    private static final class OpenEvent {
        final int begin;
        final String eid;
        final String cls;
        int end;

        OpenEvent(int begin, String eid, String cls) {
            this.begin = begin;
            this.eid = eid;
            this.cls = cls;
        }
    }

    private record Open(int begin, String tid, String type, String value, String mod) {
    }
}
