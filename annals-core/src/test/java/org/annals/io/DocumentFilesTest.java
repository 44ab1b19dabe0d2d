package org.annals.io;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DocumentFilesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "korea-1950.txt, true",
            "corpus/APW19980807.0261.tml, true",
            "wsj_0032.sgm, true",
            "page.html, true",
            "news.jsonl, true",
            "history-of-rome.txt, true",
            "news-2020-11-02.txt, true",
            "readme-wall-street.html, true",
            "index.html, true",
            "notes/licensed-texts.txt, true",
            // a folder's notes, not its documents
            "README.txt, false",
            "corpus/README.md, false",
            "Readme.TXT, false",
            "readme-first.txt, false",
            "LICENSE.txt, false",
            "license_cc-by.txt, false",
            "COPYING.txt, false",
            "CHANGES.txt, false",
            "history.txt, false",
            "index.txt, false",
            "/data/corpus/NOTICE.txt, false",
            "C:\\\\corpus\\\\README.txt, false",
            // hidden, written by tools, or no document extension
            ".hidden.txt, false",
            "_SUCCESS, false",
            "_corrupt.txt, false",
            "photo.jpg, false",
            "notes, false",
            "part-00000.parquet, false",
    })
    void documentsOfAFolder(String path, boolean document) {
        assertEquals(document, DocumentFiles.isDocument(path), path);
    }
}
