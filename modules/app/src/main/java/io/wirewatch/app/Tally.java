package io.wirewatch.app;

import java.time.Duration;

/** A count that other threads can wait on: how many articles were judged, alerts delivered. */
final class Tally {

    private long count;

    synchronized void add(long n) {
        count += n;
        notifyAll();
    }

    synchronized void set(long n) {
        count = n;
        notifyAll();
    }

    /** Waits until the count reaches {@code target}; false on timeout. */
    synchronized boolean await(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count < target) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
