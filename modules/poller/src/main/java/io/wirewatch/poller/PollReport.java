package io.wirewatch.poller;

/**
 * The outcome of polling one feed once, for logs, metrics and tests.
 *
 * @param feedId      the feed polled
 * @param status      HTTP status, 0 when no response arrived
 * @param fetched     entries in the fetched document (0 on 304 or failure)
 * @param newItems    entries not published before
 * @param published   entries published and acknowledged by the broker (new items, minus the
 *                    first-poll cap, plus edited ones)
 * @param notModified true on 304
 * @param error       one-line reason when the poll failed (or its state could not be saved), else null
 * @param edited      entries published before whose text changed, published again as new versions
 */
public record PollReport(String feedId, int status, int fetched, int newItems, int published, boolean notModified,
                         String error, int edited) {

    public boolean ok() {
        return error == null;
    }

    static PollReport notModified(String feedId) {
        return new PollReport(feedId, 304, 0, 0, 0, true, null, 0);
    }

    static PollReport failed(String feedId, int status, String error) {
        return new PollReport(feedId, status, 0, 0, 0, false, error, 0);
    }

    PollReport withError(String reason) {
        return new PollReport(feedId, status, fetched, newItems, published, notModified, reason, edited);
    }
}
