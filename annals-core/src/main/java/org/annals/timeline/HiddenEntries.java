package org.annals.timeline;

import org.annals.event.EventClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a reader hides from a timeline: event kinds ({@code reporting}: "said", "told"; {@code state}...) and
 * predicates ("said", "published": the event as written or its base form, any case). Parsed from one list the CLI's
 * {@code --hide}, the API's {@code hide} parameter and the page share: {@code reporting,published,announce}. A word
 * that names a kind ({@link EventClass#label}) is a kind; any other is a predicate. Immutable.
 *
 * @param kinds      the kinds hidden
 * @param predicates the predicates hidden, lower case
 */
public record HiddenEntries(Set<EventClass> kinds, Set<String> predicates) {

    /** Nothing hidden. */
    public static final HiddenEntries NONE = new HiddenEntries(Set.of(), Set.of());

    /** The most words one list may give (a guard against a list of a million words on a URL). */
    public static final int MAX_WORDS = 100;

    public HiddenEntries {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        predicates = Set.copyOf(predicates);
    }

    /**
     * The list {@code reporting, said ,published}: comma-separated, blanks ignored; null or blank hides nothing.
     *
     * @throws IllegalArgumentException over {@value #MAX_WORDS} words
     */
    public static HiddenEntries parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        Set<EventClass> kinds = EnumSet.noneOf(EventClass.class);
        Set<String> predicates = new LinkedHashSet<>();
        String[] words = list.split(",");
        if (words.length > MAX_WORDS) {
            throw new IllegalArgumentException("at most " + MAX_WORDS + " kinds and predicates to hide: " + words.length);
        }
        for (String w : words) {
            String s = w.strip().toLowerCase(Locale.ROOT);
            if (s.isEmpty()) {
                continue;
            }
            EventClass k = kind(s);
            if (k != null) {
                kinds.add(k);
            } else {
                predicates.add(s);
            }
        }
        return new HiddenEntries(kinds, predicates);
    }

    private static EventClass kind(String label) {
        for (EventClass k : EventClass.values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        return null;
    }

    /** Whether nothing is hidden. */
    public boolean isEmpty() {
        return kinds.isEmpty() && predicates.isEmpty();
    }

    /** Whether the entry is hidden: its kind is, or its predicate as written or its base form. */
    public boolean hides(TimelineEntry e) {
        if (e.kind() != null && kinds.contains(e.kind())) {
            return true;
        }
        return !predicates.isEmpty() && (predicates.contains(e.event().toLowerCase(Locale.ROOT))
                || e.lemma() != null && predicates.contains(e.lemma().toLowerCase(Locale.ROOT)));
    }

    /** The timeline without the hidden entries (the same timeline when nothing is hidden). */
    public Timeline apply(Timeline t) {
        if (isEmpty()) {
            return t;
        }
        List<TimelineEntry> kept = new ArrayList<>(t.entries().size());
        for (TimelineEntry e : t.entries()) {
            if (!hides(e)) {
                kept.add(e);
            }
        }
        return new Timeline(kept);
    }

    /** The list again, kinds first: "reporting,said". */
    @Override
    public String toString() {
        List<String> out = new ArrayList<>();
        Arrays.stream(EventClass.values()).filter(kinds::contains).map(EventClass::label).forEach(out::add);
        out.addAll(predicates.stream().sorted().toList());
        return out.stream().collect(Collectors.joining(","));
    }
}
