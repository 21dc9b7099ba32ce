package io.wirewatch.poller;

/**
 * The cache validators of a feed document, exactly as the server sent them; sent back on the next
 * poll as {@code If-None-Match} / {@code If-Modified-Since} so an unchanged feed costs a 304.
 *
 * <p>The ETag is kept verbatim (quotes and {@code W/} prefix included): servers compare it as an
 * opaque string and many answer 200 forever if it is "cleaned".
 *
 * @param etag         ETag header, may be null
 * @param lastModified Last-Modified header, may be null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
