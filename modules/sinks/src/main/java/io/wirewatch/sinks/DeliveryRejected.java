package io.wirewatch.sinks;

/**
 * A destination will not take an alert, and asking again will not change that: a 4xx other than
 * 429, or every allowed attempt failed. The alert goes to {@code wirewatch.dlq} with this message as
 * the reason (which never holds a secret).
 */
public final class DeliveryRejected extends Exception {

    public DeliveryRejected(String reason) {
        super(reason);
    }
}
