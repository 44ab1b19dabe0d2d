package org.annals.timeline;

import java.util.List;

/**
 * Events in chronological order ({@link Intervals#chronological}; ties keep input and text order).
 *
 * @param entries the entries
 */
public record Timeline(List<TimelineEntry> entries) {

    public Timeline {
        entries = List.copyOf(entries);
    }
}
