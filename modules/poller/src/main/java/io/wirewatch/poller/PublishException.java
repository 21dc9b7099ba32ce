package io.wirewatch.poller;

/** Kafka did not acknowledge a record (broker down, timeout, record too large...). */
public final class PublishException extends Exception {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
