package io.wirewatch.poller;

import java.net.URI;
import java.time.Duration;

/**
 * What one conditional GET of a feed produced. {@link FeedFetcher} never throws for HTTP or network
 * problems; it returns one of these instead, so the poll loop has a single path for every outcome.
 */
public sealed interface FetchResult {

    /** HTTP status, 0 when no response was received (timeout, refused, too large...). */
    int status();

    /**
     * A 2xx with a (decoded, size-checked) body.
     *
     * @param body        the document bytes, decoded when the server compressed them
     * @param contentType Content-Type header, may be null; the parser uses its charset
     * @param validators  ETag / Last-Modified to send next time
     * @param finalUri    where the body came from after redirects (relative links resolve against it)
     * @param movedTo     the final URI when every redirect on the way was permanent (301/308), else null
     * @param freshFor    how long the server says the document stays fresh (Cache-Control max-age,
     *                    Expires), null when it does not say
     */
    record Fetched(int status, byte[] body, String contentType, Validators validators, URI finalUri, URI movedTo,
                   Duration freshFor) implements FetchResult {
    }

    /** A 304: the feed did not change since the validators we sent. Fields as in {@link Fetched}. */
    record NotModified(Validators validators, URI movedTo, Duration freshFor) implements FetchResult {
        @Override
        public int status() {
            return 304;
        }
    }

    /**
     * Anything else: an error status, a timeout, an oversized or corrupt body, a network failure.
     *
     * @param reason     one line, never the URL (it may hold secrets in its query)
     * @param retryAfter the server's Retry-After on 429/503, else null
     */
    record Failed(int status, String reason, Duration retryAfter) implements FetchResult {
    }
}
