package org.annals.io;

import org.annals.model.Document;
import org.annals.model.DocumentDate;
import org.annals.model.Genre;
import org.annals.model.TaggedDocument;
import org.annals.model.Timex;
import org.annals.model.TimexType;
import org.annals.time.DurationValue;
import org.annals.time.Mod;
import org.annals.time.PartialTime;
import org.annals.time.TimeUnit;
import org.annals.time.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built tagged documents for the writer tests. */
final class Samples {

    static final LocalDate DCT = LocalDate.of(2020, 11, 2);

    private Samples() {
    }

    /** A timex over the first occurrence of {@code covered} in {@code text}. */
    static Timex timex(String tid, String text, String covered, TimexType type, TimeValue value, Mod mod,
                       String anchorTid) {
        int b = text.indexOf(covered);
        if (b < 0) {
            throw new IllegalArgumentException(covered);
        }
        return new Timex(tid, b, b + covered.length(), covered, type, value, mod, null, null, anchorTid,
                anchorTid == null ? null : "document date " + DCT, "test");
    }

    static TaggedDocument doc(String source, String text, List<Timex> timexes) {
        return new TaggedDocument(Document.of(source, text), DocumentDate.of(DCT, DocumentDate.Source.BYLINE),
                Genre.NEWS, timexes);
    }

    /**
     * "1950 ... <b>&amp; "quotes" ... last week ... for two years ... weekly ... Nov. 2" with a timex at offset 0, one
     * at the very end, and markup-like characters between them.
     */
    static TaggedDocument rich() {
        String text = "1950: Q&A <b>\"x\" & y</b> > z, last week\r\nfor two years, every week; today is Nov. 2";
        List<Timex> ts = new ArrayList<>();
        ts.add(timex("t1", text, "1950", TimexType.DATE, PartialTime.ofYear(1950), null, null));
        ts.add(timex("t2", text, "last week", TimexType.DATE,
                PartialTime.builder(org.annals.time.Granularity.WEEK).year(2020).week(44).build(), null, "t0"));
        ts.add(timex("t3", text, "two years", TimexType.DURATION, DurationValue.of(2, TimeUnit.YEAR),
                Mod.APPROX, null));
        Timex every = timex("t4", text, "every week", TimexType.SET, DurationValue.of(1, TimeUnit.WEEK), null, null);
        ts.add(new Timex(every.tid(), every.begin(), every.end(), every.text(), every.type(), every.time(), null,
                "EVERY", "1X", null, null, "set"));
        ts.add(timex("t5", text, "Nov. 2", TimexType.DATE, PartialTime.ofDate(DCT), null, "t0"));
        return doc("some/dir/rich.txt", text, ts);
    }
}
