package org.annals.eval;

import org.annals.model.Document;
import org.annals.model.DocumentDate;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A document of the SemEval-2015 TimeLine task in CAT XML ({@code <Document doc_id>}, one {@code <token sentence
 * t_id>} a token, the document date as the {@code TIMEX3} whose {@code functionInDocument} is {@code CREATION_TIME}):
 * its text (the tokens of a sentence joined by spaces, sentences by new lines) and where each token is in it, so
 * that an event found in the text can be named as the task names it ({@code DOCID-SENTENCE-word}).
 *
 * @param id       the {@code doc_id}
 * @param document the text and its date, the id as its source
 * @param tokens   the tokens in text order
 */
public record CatDocument(String id, Document document, List<Token> tokens) {

    /** A token: its sentence and {@code t_id} in the CAT file, its UTF-16 span in the text, its text. */
    public record Token(int sentence, int tid, int begin, int end, String text) {
    }

    public CatDocument {
        tokens = List.copyOf(tokens);
    }

    /** Reads a CAT file. */
    public static CatDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    static CatDocument read(InputStream in, String name) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String id = null;
        LocalDate dct = null;
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int lastSentence = -1;
        try {
            XMLStreamReader r = f.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (r.getLocalName()) {
                    case "Document" -> id = r.getAttributeValue(null, "doc_id");
                    case "token" -> {
                        int sentence = Integer.parseInt(r.getAttributeValue(null, "sentence"));
                        int tid = Integer.parseInt(r.getAttributeValue(null, "t_id"));
                        String t = r.getElementText();
                        if (!text.isEmpty()) {
                            text.append(sentence != lastSentence ? '\n' : ' ');
                        }
                        lastSentence = sentence;
                        int begin = text.length();
                        text.append(t);
                        tokens.add(new Token(sentence, tid, begin, text.length(), t));
                    }
                    case "TIMEX3" -> {
                        if ("CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"))) {
                            dct = date(r.getAttributeValue(null, "value"));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException(name + ": not a CAT document: " + e.getMessage(), e);
        }
        if (id == null) {
            throw new IOException(name + ": not a CAT document: no <Document doc_id>");
        }
        Document d = new Document(id, text.toString(), dct == null ? null
                : DocumentDate.of(dct, DocumentDate.Source.HEADER), null);
        return new CatDocument(id, d, tokens);
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The token that holds a text offset, or null (a space, a line end). */
    public Token tokenAt(int offset) {
        int i = indexAt(offset);
        return i < 0 ? null : tokens.get(i);
    }

    /** The index in {@link #tokens} of the token that holds a text offset, or -1 (a space, a line end). */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (offset < t.begin()) {
                hi = mid - 1;
            } else if (offset >= t.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
