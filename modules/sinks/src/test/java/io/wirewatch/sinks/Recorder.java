package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link DeliveryListener} a test waits on. */
final class Recorder implements DeliveryListener {

    final List<String> delivered = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> deadLettered = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();

    @Override
    public synchronized void delivered(String destination, List<Alert> alerts) {
        alerts.forEach(a -> delivered.add(a.id()));
        notifyAll();
    }

    @Override
    public synchronized void skipped(String destination, Alert alert) {
        skipped.add(alert.id());
        notifyAll();
    }

    @Override
    public synchronized void deadLettered(String destination, Alert alert, String reason) {
        deadLettered.add(alert.id());
        reasons.add(reason);
        notifyAll();
    }

    /** Waits until this many alerts were handled (delivered, skipped or dead-lettered); false on timeout. */
    synchronized boolean awaitHandled(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (delivered.size() + skipped.size() + deadLettered.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    synchronized List<String> delivered() {
        return List.copyOf(delivered);
    }

    synchronized List<String> skipped() {
        return List.copyOf(skipped);
    }
}
