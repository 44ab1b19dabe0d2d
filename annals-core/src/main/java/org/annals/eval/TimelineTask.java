package org.annals.eval;

import org.annals.model.Interval;
import org.annals.model.Intervals;
import org.annals.time.Granularity;
import org.annals.timeline.AboutEntity;
import org.annals.timeline.Timeline;
import org.annals.timeline.TimelineEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The SemEval-2015 TimeLine task (Task 4) as annals answers it: the entries of a corpus timeline about a target
 * entity, written in the task's format, one line an event: {@code ORDER<TAB>DATE<TAB>DOCID-SENTENCE-word[<TAB>...]}
 * (ORDER ranks the dates from 1; 0 is no date; DATE is {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or
 * {@code XXXX-XX-XX}; one line holds the mentions of one event in several documents). An entry is about the target
 * as {@link AboutEntity} says (an agent or patient of its event names it, through any of its mentions). Stateless.
 */
public final class TimelineTask {

    private TimelineTask() {
    }

    /** The target of a gold timeline file: its first line. */
    public static String target(Path goldFile) throws IOException {
        List<String> lines = Files.readAllLines(goldFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            throw new IOException(goldFile + ": no target on its first line");
        }
        return lines.get(0).strip();
    }

    /** The target's timeline in the task's format: the target on the first line, then the events. */
    public static List<String> lines(Timeline timeline, Map<String, CatDocument> documents, String target) {
        AboutEntity entity = AboutEntity.of(target);
        Map<String, List<String>> byDate = new LinkedHashMap<>(); // in timeline order: chronological
        List<String> undated = new ArrayList<>();
        for (TimelineEntry e : timeline.entries()) {
            if (!entity.about(e)) {
                continue; // a publication entry is no event of the target's either
            }
            Set<String> mentions = new LinkedHashSet<>();
            for (TimelineEntry.Source s : e.sources()) {
                CatDocument d = documents.get(s.document());
                CatDocument.Token t = d == null ? null : d.tokenAt(s.begin());
                if (t != null) {
                    mentions.add(d.id() + "-" + t.sentence() + "-" + phrasal(d, t));
                }
            }
            if (mentions.isEmpty()) {
                continue;
            }
            String date = date(e);
            String line = String.join("\t", mentions);
            if (date.equals(UNKNOWN)) {
                undated.add(line);
            } else {
                byDate.computeIfAbsent(date, k -> new ArrayList<>()).add(line);
            }
        }
        List<String> out = new ArrayList<>();
        out.add(target);
        int order = 0;
        for (Map.Entry<String, List<String>> d : byDate.entrySet()) {
            order++;
            for (String line : d.getValue()) {
                out.add(order + "\t" + d.getKey() + "\t" + line);
            }
        }
        for (String line : undated) {
            out.add("0\t" + UNKNOWN + "\t" + line);
        }
        return out;
    }

    /**
     * Particles that make a phrasal verb with the verb before them ("showed off", "took six months off"); not "over",
     * more often a preposition ("creating over $500 million").
     */
    private static final Set<String> PARTICLES = Set.of("off", "out", "down", "up", "away", "back");
    /** Words after which a particle has ended its verb's object ("took six months off in 2009"). */
    private static final Set<String> AFTER_PARTICLE = Set.of(".", ",", ";", ":", "in", "of", "by", "from", "to",
            "at", "on", "for", "with", "and", "\"");
    /** The most tokens between a verb and its particle ("taking the iPhone out"). */
    static final int PARTICLE_REACH = 4;

    /**
     * A mention's words as the task writes a phrasal verb: the verb and its particle joined by '_' ("showed_off",
     * "took_off" for "took six months off in 2009"), the particle right after the verb or, at most {@value
     * #PARTICLE_REACH} tokens on, ending the verb's object (before a preposition or a stop); else the word.
     */
    static String phrasal(CatDocument d, CatDocument.Token t) {
        List<CatDocument.Token> ts = d.tokens();
        int i = d.indexAt(t.begin());
        for (int k = i + 1; i >= 0 && k < ts.size() && k - i <= PARTICLE_REACH
                && ts.get(k).sentence() == t.sentence(); k++) {
            String w = ts.get(k).text().toLowerCase(Locale.ROOT);
            if (PARTICLES.contains(w)) {
                boolean next = k + 1 < ts.size() && ts.get(k + 1).sentence() == t.sentence();
                if (k == i + 1 || !next || AFTER_PARTICLE.contains(ts.get(k + 1).text().toLowerCase(Locale.ROOT))) {
                    return t.text() + "_" + ts.get(k).text();
                }
                return t.text();
            }
            if (AFTER_PARTICLE.contains(w)) {
                return t.text();
            }
        }
        return t.text();
    }

    /** The date of no known day, month or year. */
    static final String UNKNOWN = "XXXX-XX-XX";

    /** An entry's date as the task writes it: the day, the month or the year its interval lies in; else unknown. */
    static String date(TimelineEntry e) {
        Interval i = e.interval();
        if (e.value() == null || Intervals.isOpen(i) || i.start().getYear() < 1 || i.start().getYear() > 9999) {
            return UNKNOWN;
        }
        if (i.start().equals(i.end())) {
            return i.start().toString();
        }
        if (i.start().getYear() == i.end().getYear() && i.start().getMonthValue() == i.end().getMonthValue()
                && !i.granularity().coarserThan(Granularity.MONTH)) {
            return String.format(Locale.ROOT, "%04d-%02d", i.start().getYear(), i.start().getMonthValue());
        }
        if (i.start().getYear() == i.end().getYear()) {
            return String.format(Locale.ROOT, "%04d", i.start().getYear());
        }
        return UNKNOWN;
    }

}
