package io.wirewatch.poller;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness per host: at least {@code delay} between the starts of two requests to one host, and
 * at most {@code perHost} of its requests in flight, however many of its feeds are due.
 *
 * <p>In: host names and the current time (nanoseconds). Out: start slots. A caller first
 * {@link #reserve}s the host's next free slot (the gate hands out slots one delay apart, so feeds
 * of one host queue up in time instead of spinning), waits until it, then {@link #enter}s (refused
 * while the host has {@code perHost} requests in flight: reserve again) and finally
 * {@link #leave}s. Never blocks a thread. Thread-safe; a host is forgotten when its last request
 * ends after its last slot, so the map holds only recently polled hosts.
 */
final class HostGate {

    private static final class Host {
        int inFlight;
        long nextSlot;
    }

    private final int perHost;
    private final long delayNanos;
    private final Map<String, Host> hosts = new HashMap<>();

    HostGate(int perHost, Duration delay) {
        this.perHost = perHost;
        this.delayNanos = delay.toNanos();
    }

    /** Reserves the host's next start slot; returns nanoseconds from {@code now} until it (0 = now). */
    synchronized long reserve(String hostName, long now) {
        Host host = hosts.computeIfAbsent(key(hostName), k -> new Host());
        long slot = host.nextSlot - now < 0 ? now : host.nextSlot;
        host.nextSlot = slot + delayNanos;
        return slot - now;
    }

    /** Takes one of the host's concurrent slots; false when all are busy. */
    synchronized boolean enter(String hostName) {
        Host host = hosts.computeIfAbsent(key(hostName), k -> new Host());
        if (host.inFlight >= perHost) {
            return false;
        }
        host.inFlight++;
        return true;
    }

    synchronized void leave(String hostName, long now) {
        String key = key(hostName);
        Host host = hosts.get(key);
        if (host == null) {
            return;
        }
        host.inFlight--;
        if (host.inFlight <= 0 && host.nextSlot - now <= 0) {
            hosts.remove(key);
        }
    }

    /** Hosts currently remembered (busy or within their delay). */
    synchronized int hosts() {
        return hosts.size();
    }

    private static String key(String hostName) {
        return hostName == null ? "" : hostName.toLowerCase(Locale.ROOT);
    }
}
