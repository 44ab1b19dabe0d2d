package org.annals.model;

/** How relative expressions are anchored: to the document date (news) or to the story's own time (narrative). */
public enum Genre {
    /** Decide per document from its text and date. */
    AUTO,
    /** Deictic expressions ("last week", bare "June") anchor to the document date. */
    NEWS,
    /** Deictic expressions anchor to the time the story last moved to. */
    NARRATIVE;

    public static Genre parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> AUTO;
            case "news" -> NEWS;
            case "narrative", "narratives", "history" -> NARRATIVE;
            default -> throw new IllegalArgumentException("unknown genre '" + s + "' (auto, news or narrative)");
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
