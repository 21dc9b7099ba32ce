package io.wirewatch.poller;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the fraction of a second in ISO-8601 / RFC 3339 date-times to exactly three digits.
 *
 * <p>In: a feed document as text. Out: the same text with {@code 12:00:05.29Z} as
 * {@code 12:00:05.290Z} and {@code 12:00:05.123456Z} as {@code 12:00:05.123Z}. Why: Rome 2.1's W3C
 * date parser reads the fraction as a count of milliseconds, so ".29" becomes 29 ms and
 * ".123456" two minutes; feeds written with java.time, Go or Python carry one to nine digits, and
 * a date off by minutes or days breaks the story window. Nothing below a millisecond matters here.
 */
final class DateFractions {

    private static final Pattern FRACTION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})\\.(\\d+)");

    private DateFractions() {
    }

    static String normalise(String document) {
        if (document.indexOf('.') < 0) {
            return document;
        }
        Matcher m = FRACTION.matcher(document);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String digits = m.group(2);
            if (digits.length() == 3) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(document.length());
            }
            String millis = digits.length() > 3 ? digits.substring(0, 3) : (digits + "00").substring(0, 3);
            out.append(document, last, m.start(2)).append(millis);
            last = m.end(2);
        }
        if (out == null) {
            return document;
        }
        return out.append(document, last, document.length()).toString();
    }
}
