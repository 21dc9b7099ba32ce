package io.wirewatch.sinks;

import java.util.function.LongSupplier;

/**
 * Paces messages to one destination: {@code burst} may go at once, then {@code rate} per second.
 * Slack allows about one message per second per webhook with short bursts; going faster earns 429s
 * and, if ignored, a disabled app.
 *
 * <p>In: a request for one permit. Out: how long to wait before sending. The clock is injected so
 * the pace is tested without waiting.
 */
public final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private final LongSupplier nanoClock;
    private double tokens;
    private long last;

    public TokenBucket(double ratePerSecond, int burst, LongSupplier nanoClock) {
        if (!(ratePerSecond > 0) || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1");
        }
        this.ratePerNano = ratePerSecond / 1e9;
        this.capacity = burst;
        this.nanoClock = nanoClock;
        this.tokens = burst;
        this.last = nanoClock.getAsLong();
    }

    public TokenBucket(double ratePerSecond, int burst) {
        this(ratePerSecond, burst, System::nanoTime);
    }

    /** Takes a permit if one is there and returns 0, or returns the nanoseconds until one will be. */
    public synchronized long tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / ratePerNano));
    }

    /** Blocks until a permit is taken. */
    public void take() throws InterruptedException {
        long wait;
        while ((wait = tryTake()) > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    /** After a 429 the server's idea of the pace wins: nothing is left to burst with. */
    public synchronized void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
        last = now;
    }
}
