package io.wirewatch.poller;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every feed item a stable id, the key of its record on {@code wirewatch.articles.raw}: the
 * same item polled again, tomorrow or after a restart, gets the same id.
 *
 * <p>In: what a feed entry says about itself (guid / atom:id, link, title, date) and the feed id.
 * Out: a plain string, at most {@value #MAX_ID_LENGTH} characters, no control characters.
 *
 * <ol>
 *   <li>guid / atom:id when present, verbatim: publishers promise it is stable. A guid that is not
 *       an absolute URI (for example {@code "12345"}) is only unique inside its feed, so it is
 *       scoped: {@code feedId + ":" + guid}.</li>
 *   <li>else the link, normalised so tracking variants of one URL agree: lower-case scheme and
 *       host, default port and fragment dropped, {@code utm_*} and other tracking parameters
 *       dropped, remaining query parameters sorted.</li>
 *   <li>else {@code sha256:} of feed id, title and the feed's own date (never the fetch time, which
 *       changes every poll).</li>
 * </ol>
 */
public final class ArticleIdentity {

    static final int MAX_ID_LENGTH = 512;

    private static final Pattern ABSOLUTE_URI = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Query parameters that identify a campaign or a click, never the article. */
    private static final Set<String> TRACKING_PARAMS = Set.of(
            "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id",
            "mc_cid", "mc_eid", "_hsenc", "_hsmi", "_ga", "_gl", "ocid", "cmpid", "icid", "ncid",
            "sr_share", "ito", "at_medium", "at_campaign", "xtor", "s_cid", "wt.mc_id", "smid", "smtyp",
            "__twitter_impression");

    private ArticleIdentity() {
    }

    /**
     * The id of one feed entry.
     *
     * @param feedId the configured feed id, scopes guids and hashes that are only unique per feed
     * @param guid   RSS guid / Atom id, may be null
     * @param link   the entry's (absolute) link, may be null
     * @param title  headline, may be null
     * @param date   the feed's published or updated date, null when the feed gives none
     */
    public static String of(String feedId, String guid, String link, String title, Instant date) {
        String cleanGuid = clean(guid);
        String cleanLink = clean(link);
        // Rome copies the link into the entry's uri when an RSS item has no guid: that is a link, not a guid.
        if (cleanGuid != null && !cleanGuid.equals(cleanLink)) {
            String id = ABSOLUTE_URI.matcher(cleanGuid).matches() ? cleanGuid : feedId + ":" + cleanGuid;
            return bounded(id);
        }
        if (cleanLink != null) {
            return bounded(normaliseLink(cleanLink));
        }
        return "sha256:" + sha256(feedId + "\n" + (title == null ? "" : title.strip()) + "\n"
                + (date == null ? "" : date.toString()));
    }

    /**
     * A fingerprint of what a reader sees of an item (title, link, summary, content): 16 hex digits
     * of SHA-256. Same id with another fingerprint = the publisher edited the item. Dates are left
     * out: some feeds re-stamp every item on every build without changing a word.
     */
    public static String fingerprint(io.wirewatch.model.RawArticle article) {
        return sha256(nonNull(article.title()) + "\n" + nonNull(article.url()) + "\n" + nonNull(article.summary())
                + "\n" + nonNull(article.content())).substring(0, 16);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /**
     * A link in a canonical form: lower-case scheme and host, no default port, no fragment, no
     * tracking parameters, remaining parameters sorted. Not a URI at all: returned stripped.
     */
    public static String normaliseLink(String link) {
        String text = link.strip();
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return text;
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getRawAuthority() == null) {
            return text;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String authority = uri.getRawAuthority();
        if (uri.getHost() != null) {
            int port = uri.getPort();
            boolean defaultPort = port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
            authority = (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 || defaultPort ? "" : ":" + port);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = normaliseQuery(uri.getRawQuery());
        return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String normaliseQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING_PARAMS.contains(name)) {
                continue;
            }
            kept.add(pair);
        }
        // Raw (still percent-encoded) pairs, sorted: order in a query string carries no meaning for news sites.
        kept.sort(null);
        return String.join("&", kept);
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = CONTROL.matcher(value).replaceAll("").strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Very long ids (some guids embed whole URLs with state) are hashed so keys stay small. */
    private static String bounded(String id) {
        return id.length() <= MAX_ID_LENGTH ? id : "sha256:" + sha256(id);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
