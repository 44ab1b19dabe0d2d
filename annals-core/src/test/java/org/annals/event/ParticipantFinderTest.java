package org.annals.event;

import org.annals.model.Genre;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParticipantFinderTest {

    private static final LocalDate DCT = LocalDate.of(2024, 3, 1);

    private static List<String> who(Event e) {
        return e.participants().stream().map(p -> p.text() + "/" + p.type().label()).toList();
    }

    private static List<String> where(Event e) {
        return e.places().stream().map(Participant::text).toList();
    }

    @Test
    void typesFromTitlesHeadsAndLists() {
        AnalyzedDocument d = Fixtures.doc("a", "In May 1940, General Heinz Guderian led the Panzer Corps across the "
                + "Meuse River into France.", DCT, Genre.NARRATIVE, "led");
        Event led = d.events().get(0);
        assertEquals(List.of("Heinz Guderian/person", "Panzer Corps/organization"), who(led));
        assertEquals(List.of("Meuse River", "France"), where(led));
    }

    @Test
    void forcesInvadersKinAndBattles() {
        AnalyzedDocument d = Fixtures.doc("a", "The Italian troops and Japanese invaders attacked. Oda Nobunaga's son, "
                + "Oda Nobutada, died at the Battle of Honnoji near the Chinese border.", DCT, Genre.NARRATIVE,
                "attacked", "died");
        assertEquals(List.of("Italian troops/organization", "Japanese invaders/organization"),
                who(d.events().get(0)));
        Event died = d.events().get(1);
        assertEquals(List.of("Oda Nobunaga/person", "Oda Nobutada/person"), who(died));
        // "Battle of Honnoji": the place is Honnoji; a nationality alone ("Chinese border") is no participant
        assertEquals(List.of("Honnoji"), where(died));
    }

    @Test
    void aliasesSentenceStartsAndTimexesAreNoNames() {
        AnalyzedDocument d = Fixtures.doc("a", "Earlier that month, the United Nations (UN) forces crossed the Han "
                + "River. The rebels won in October.", DCT, Genre.NARRATIVE, "crossed", "won");
        Event crossed = d.events().get(0);
        assertEquals(List.of("United Nations/organization"), who(crossed));
        assertEquals(List.of("Han River"), where(crossed));
        assertEquals(List.of(), who(d.events().get(1)));
    }

    @Test
    void aTypeFoundOnceHoldsInTheWholeDocument() {
        AnalyzedDocument d = Fixtures.doc("a", "President Kwame Mensah spoke. Kwame Mensah resigned in 1999.", DCT,
                Genre.NARRATIVE, "resigned");
        assertEquals(List.of("Kwame Mensah/person"), who(d.events().get(0)));
    }
}
