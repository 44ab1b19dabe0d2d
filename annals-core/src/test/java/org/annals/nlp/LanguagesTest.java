package org.annals.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | The war in Korea began in June 1950, when troops from the north crossed the border.",
        "de | Der Krieg in Korea begann im Juni 1950, als Truppen aus dem Norden die Grenze \u00fcberschritten.",
        "fr | La guerre de Cor\u00e9e a commenc\u00e9 en juin 1950, quand les troupes du Nord ont franchi la fronti\u00e8re.",
        "es | La guerra de Corea comenz\u00f3 en junio de 1950, cuando las tropas del norte cruzaron la frontera.",
        "it | La guerra di Corea inizi\u00f2 nel giugno 1950, quando le truppe del nord attraversarono il confine.",
        "nl | De Koreaanse Oorlog begon in juni 1950, toen troepen uit het noorden de grens overstaken.",
        "pt | A Guerra da Coreia come\u00e7ou em junho de 1950, quando as tropas do norte cruzaram a fronteira."})
    void theLanguageOfASentence(String code, String text) {
        assertEquals(code, Languages.detect(text));
    }

    @Test
    void tooLittleTextIsNoLanguage() {
        assertNull(Languages.detect("June 1950"));
        assertNull(Languages.detect("12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56 78 90 12 34 56"));
        assertNull(Languages.detect(""));
        assertNull(Languages.detect(null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {"en-US, en", "de_DE, de", "eng, en", "deu, de", "ger, de", "fra, fr",
        "ind, id", "cmn, zh", "FR, fr", "haw, haw", "'', null", "e, null", "english, null", "x1, null", "null, null"})
    void languageTagsAsIsoCodes(String tag, String code) {
        assertEquals(code, Languages.twoLetters(tag));
    }
}
