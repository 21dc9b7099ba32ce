package io.wirewatch.poller;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a server says its feed document stays fresh, from the response headers.
 *
 * <p>In: response headers and the local time. Out: a duration, or null when the server gives no
 * usable hint. {@code Cache-Control: max-age} wins over {@code Expires} (RFC 9111); Expires is
 * read relative to the server's own {@code Date} so a skewed server clock does not matter;
 * {@code no-cache} / {@code no-store} / {@code max-age=0} give no hint (they speak about caching,
 * not about how often the feed changes).
 */
final class Freshness {

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d{1,10})");

    private Freshness() {
    }

    static Duration of(HttpHeaders headers, Instant now) {
        String cacheControl = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (m.find()) {
            long seconds = Long.parseLong(m.group(1));
            return seconds > 0 ? Duration.ofSeconds(seconds) : null;
        }
        if (cacheControl.contains("no-cache") || cacheControl.contains("no-store")) {
            return null;
        }
        Instant expires = httpDate(headers.firstValue("Expires").orElse(null));
        if (expires == null) {
            return null;
        }
        Instant serverNow = httpDate(headers.firstValue("Date").orElse(null));
        Duration fresh = Duration.between(serverNow == null ? now : serverNow, expires);
        return fresh.isNegative() || fresh.isZero() ? null : fresh;
    }

    static Instant httpDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
