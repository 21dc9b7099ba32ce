package io.wirewatch.app.feeds;

import io.wirewatch.poller.FeedDocument;
import io.wirewatch.poller.FeedDocumentReader;
import io.wirewatch.poller.FeedFetcher;
import io.wirewatch.poller.FetchResult;
import io.wirewatch.poller.UnreadableFeedException;
import io.wirewatch.poller.Validators;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one input of {@code wirewatch feed parse} or {@code wirewatch eval feeds}: a file, or an
 * http(s) URL fetched with the poller's own fetcher (same User-Agent, caps and decoding).
 *
 * <p>In: the input as typed and an optional Content-Type to assume. Out: the parsed
 * {@link FeedDocument}, or an {@link UnreadableFeedException} with a one-line reason.
 */
final class FeedInput {

    private FeedInput() {
    }

    static boolean isUrl(String input) {
        return input.regionMatches(true, 0, "http://", 0, 7) || input.regionMatches(true, 0, "https://", 0, 8);
    }

    static FeedDocument read(String input, String contentType, FeedFetcher fetcher) throws UnreadableFeedException {
        if (isUrl(input)) {
            URI uri;
            try {
                uri = URI.create(input);
            } catch (IllegalArgumentException e) {
                throw new UnreadableFeedException("not a valid URL");
            }
            FetchResult result = fetcher.fetch(uri, Validators.NONE);
            if (result instanceof FetchResult.Fetched fetched) {
                return FeedDocumentReader.read(fetched.body(), contentType != null ? contentType : fetched.contentType());
            }
            throw new UnreadableFeedException(result instanceof FetchResult.Failed failed ? failed.reason()
                    : "HTTP " + result.status());
        }
        byte[] body;
        try {
            body = Files.readAllBytes(Path.of(input));
        } catch (NoSuchFileException e) {
            throw new UnreadableFeedException("no such file");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFeedException("cannot read the file: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        return FeedDocumentReader.read(body, contentType);
    }
}
