package org.annals.archive;

import org.annals.model.Document;
import org.annals.model.DocumentDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Short, distinct news items made up for tests: each has dates, an event, a participant and a place. */
final class SyntheticDocuments {

    private static final String[] TOWNS = {"Harwich", "Lowestoft", "Aldeburgh", "Southwold", "Felixstowe"};
    private static final String[] VERBS = {"approved", "rejected", "delayed", "announced"};

    private SyntheticDocuments() {
    }

    static List<Document> make(int n) {
        List<Document> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            LocalDate day = LocalDate.of(1990 + k % 30, 1 + k % 12, 1 + k % 28);
            String town = TOWNS[k % TOWNS.length];
            String text = "Item " + k + ". On " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear() + ", the council of "
                    + town + " " + VERBS[k % VERBS.length] + " the harbour plan. The mayor said the work would start"
                    + " in the spring of " + (day.getYear() + 1) + ". Residents had protested the week before.";
            out.add(new Document("item-" + k + ".txt", text,
                    DocumentDate.of(day.plusDays(1), DocumentDate.Source.HEADER), "Item " + k));
        }
        return out;
    }
}
