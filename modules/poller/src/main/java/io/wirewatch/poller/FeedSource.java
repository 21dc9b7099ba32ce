package io.wirewatch.poller;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One configured feed: what to poll, how often, and under which outlet name its articles appear.
 *
 * <p>In: built by the app from {@code config/wirewatch.yaml}. Out: read by {@link Poller}; the id is
 * the key of the feed's {@code FeedState} and the {@code feedId} of every article it delivers, so
 * it must stay stable across restarts (renaming it makes the poller forget the feed).
 *
 * @param id           stable feed id, for example {@code "example-wire-world"}
 * @param url          the feed's http(s) URL
 * @param name         outlet display name, becomes {@code RawArticle.source}
 * @param pollInterval time between two polls of this feed when it is healthy
 */
public record FeedSource(String id, URI url, String name, Duration pollInterval) {

    public FeedSource {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("feed id must not be blank");
        }
        Objects.requireNonNull(url, "url of feed " + id);
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new IllegalArgumentException("feed " + id + ": url must be an absolute http(s) URL");
        }
        Objects.requireNonNull(pollInterval, "pollInterval of feed " + id);
        if (pollInterval.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("feed " + id + ": pollInterval must be positive");
        }
        id = id.strip();
        name = name == null || name.isBlank() ? id : name.strip();
    }

    /** Convenience for config code that holds the URL as text. */
    public static FeedSource of(String id, String url, String name, Duration pollInterval) {
        return new FeedSource(id, URI.create(url.strip()), name, pollInterval);
    }

    /**
     * The URL without query string, user info or fragment, for logs and error reasons: feed URLs
     * sometimes carry API keys or session tokens in the query.
     */
    public String redactedUrl() {
        return redact(url);
    }

    static String redact(URI uri) {
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?…";
        return uri.getScheme() + "://" + uri.getHost() + port + path + query;
    }
}
