package io.wirewatch.poller;

/**
 * The outcome of polling one feed once, for logs, metrics and tests.
 *
 * @param feedId      the feed polled
 * @param status      HTTP status, 0 when no response arrived
 * @param fetched     entries in the fetched document (0 on 304 or failure)
 * @param newItems    entries not published before
 * @param published   entries published and acknowledged by the broker (new items, minus the
 *                    first-poll cap)
 * @param notModified true on 304
 * @param error       one-line reason when the poll failed (or its state could not be saved), else null
 */
public record PollReport(String feedId, int status, int fetched, int newItems, int published, boolean notModified,
                         String error) {

    public boolean ok() {
        return error == null;
    }

    static PollReport notModified(String feedId) {
        return new PollReport(feedId, 304, 0, 0, 0, true, null);
    }

    static PollReport failed(String feedId, int status, String error) {
        return new PollReport(feedId, status, 0, 0, 0, false, error);
    }
}
