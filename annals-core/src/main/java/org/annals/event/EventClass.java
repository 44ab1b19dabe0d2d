package org.annals.event;

/** TimeML EVENT classes. */
public enum EventClass {
    OCCURRENCE, STATE, REPORTING, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION;

    /** The name in JSON, CSV and the page: "occurrence", "reporting", "i_action". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The class of that label (any case), or null when {@code label} is null. */
    public static EventClass ofLabel(String label) {
        return label == null ? null : valueOf(label.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
