package io.wirewatch.poller;

/** A document that is no readable feed; the message is one line, fit for FeedState.lastError. */
public final class UnreadableFeedException extends Exception {

    public UnreadableFeedException(String reason) {
        super(reason);
    }
}
