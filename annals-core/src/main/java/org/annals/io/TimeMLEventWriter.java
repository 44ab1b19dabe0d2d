package org.annals.io;

import org.annals.event.AnalyzedDocument;
import org.annals.event.Event;
import org.annals.event.TLink;
import org.annals.model.Timex;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes an analyzed document as TimeML with its events and temporal links, like {@link TimeMLWriter} plus:
 * <pre>{@code
 * <TEXT>... the PVA <EVENT eid="e2" class="OCCURRENCE">crossed</EVENT> ...</TEXT>
 * <MAKEINSTANCE eiid="ei2" eventID="e2" pos="VERB" tense="PAST" aspect="NONE" polarity="POS"/>
 * <TLINK lid="l3" relType="BEFORE" eventInstanceID="ei2" relatedToTime="t0"/>
 * </TimeML>
 * }</pre>
 * The content of TEXT is the document text unchanged apart from the tags (and the escaping of {@code & < >}). An
 * event overlapping a time expression is left out, with its instance and links. Stateless and thread-safe.
 */
public final class TimeMLEventWriter {

    public void write(AnalyzedDocument d, Writer out) throws IOException {
        out.write(toTimeML(d));
        out.flush();
    }

    public String toTimeML(AnalyzedDocument d) {
        String text = d.tagged().text();
        List<Timex> timexes = new ArrayList<>(d.tagged().timexes());
        timexes.sort(Comparator.comparingInt(Timex::begin));
        // tags in text order: timexes and the events that overlap neither a timex nor an earlier event
        List<Object> tags = new ArrayList<>(timexes);
        Set<String> written = new HashSet<>();
        List<Event> events = new ArrayList<>(d.events());
        events.sort(Comparator.comparingInt(Event::begin));
        int x = 0;
        int lastEnd = 0;
        for (Event e : events) {
            while (x < timexes.size() && timexes.get(x).end() <= e.begin()) {
                x++;
            }
            boolean clash = x < timexes.size() && timexes.get(x).begin() < e.end() || e.begin() < lastEnd
                    || e.end() > text.length() || e.begin() == e.end();
            if (!clash) {
                tags.add(e);
                written.add(e.eid());
                lastEnd = e.end();
            }
        }
        tags.sort(Comparator.comparingInt(t -> t instanceof Timex tx ? tx.begin() : ((Event) t).begin()));
        StringBuilder sb = new StringBuilder(text.length() + 128 * tags.size() + 256);
        TimeMLWriter.header(d.tagged().source(), d.tagged().text(), d.tagged().date(), sb);
        int at = 0;
        for (Object o : tags) {
            if (o instanceof Timex t) {
                if (t.begin() < at || t.end() > text.length()) {
                    throw new IllegalArgumentException(t.tid() + " overlaps another tag or lies outside the text");
                }
                Xml.text(text, at, t.begin(), sb);
                TimeMLWriter.openTag(t, sb);
                Xml.text(text, t.begin(), t.end(), sb);
                sb.append("</TIMEX3>");
                at = t.end();
            } else {
                Event e = (Event) o;
                Xml.text(text, at, e.begin(), sb);
                sb.append("<EVENT eid=\"").append(Xml.attribute(e.eid())).append("\" class=\"")
                        .append(e.eventClass().name()).append("\">");
                Xml.text(text, e.begin(), e.end(), sb);
                sb.append("</EVENT>");
                at = e.end();
            }
        }
        Xml.text(text, at, text.length(), sb);
        sb.append("</TEXT>\n");
        for (Event e : d.events()) {
            if (written.contains(e.eid())) {
                sb.append("<MAKEINSTANCE eiid=\"").append(instance(e.eid())).append("\" eventID=\"")
                        .append(Xml.attribute(e.eid())).append("\" pos=\"").append(pos(e.pos()))
                        .append("\" tense=\"").append(e.tense().name()).append("\" aspect=\"")
                        .append(e.aspect().name()).append("\" polarity=\"").append(e.polarity().name())
                        .append("\"/>\n");
            }
        }
        Set<String> tids = new HashSet<>();
        tids.add("t0");
        timexes.forEach(t -> tids.add(t.tid()));
        for (TLink l : d.tlinks()) {
            String source = end(l.source(), "eventInstanceID", "timeID", written, tids);
            String target = end(l.target(), "relatedToEventInstance", "relatedToTime", written, tids);
            if (source != null && target != null) {
                sb.append("<TLINK lid=\"").append(Xml.attribute(l.lid())).append("\" relType=\"")
                        .append(l.relation().name()).append('"').append(source).append(target).append("/>\n");
            }
        }
        sb.append("</TimeML>\n");
        return sb.toString();
    }

    private static String end(String id, String eventAttr, String timeAttr, Set<String> events, Set<String> tids) {
        if (events.contains(id)) {
            return " " + eventAttr + "=\"" + instance(id) + "\"";
        }
        if (tids.contains(id)) {
            return " " + timeAttr + "=\"" + Xml.attribute(id) + "\"";
        }
        return null;
    }

    private static String instance(String eid) {
        return Xml.attribute(eid.startsWith("e") ? "ei" + eid.substring(1) : "ei" + eid);
    }

    /** TimeML's pos from a Penn tag: VERB, NOUN, ADJECTIVE, PREPOSITION, OTHER. */
    static String pos(String penn) {
        if (penn == null) {
            return "OTHER";
        }
        if (penn.startsWith("VB")) {
            return "VERB";
        }
        if (penn.startsWith("NN")) {
            return "NOUN";
        }
        if (penn.startsWith("JJ")) {
            return "ADJECTIVE";
        }
        return penn.equals("IN") ? "PREPOSITION" : "OTHER";
    }
}
