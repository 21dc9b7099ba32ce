package io.wirewatch.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * What each article stamped in the cluster stage's stores, listed under the time it stamped it:
 * its id ({@code cluster-articles}), its content hash ({@code cluster-contents}) and the candidate
 * keys it filed its story under ({@code cluster-candidate-keys}). Persisted in the changelogged
 * store {@code cluster-expiry-log}, one entry per article, keyed by time first, so the entries an
 * expiry must look at are one range read away.
 *
 * <p>Why: expiry used to read every entry of those three stores every 1/24 of a window to find
 * the few older than the cutoff, ~900 entries per article at any window size. Now an entry is
 * looked at once more, when the time of the article that last stamped it leaves the window. An
 * entry re-stamped by a later article is listed under that article too, so whoever reads this log
 * must check the entry's own time before deleting it.
 *
 * <p>In: {@link #filed} for each key, then {@link #remembered} for the article (the order in which
 * {@code StoryClusterer} files an article, within one record). Out: {@link #due}, the listings
 * stamped before a time, and {@link #forget}. One stream thread only.
 */
final class ExpiryLog {

    /** One article's listing: what it stamped at {@code millis}. Empty strings for none. */
    record Listing(String logKey, String articleId, String contentHash, List<String> keys) {
    }

    private final KeyValueStore<String, byte[]> log;
    /** Keys filed for the article not yet remembered, and when. */
    private final List<String> filedKeys = new ArrayList<>(64);
    private long filedAt;

    ExpiryLog(KeyValueStore<String, byte[]> log) {
        this.log = log;
    }

    void filed(String key, long millis) {
        if (!filedKeys.isEmpty() && filedAt != millis) {
            // Keys filed without an article remembered after them (not what the clusterer does):
            // listed on their own, so they expire all the same.
            write(filedAt, "", "", "key " + filedKeys.get(0));
        }
        filedKeys.add(key);
        filedAt = millis;
    }

    void remembered(String articleId, String contentHash, long millis) {
        if (!filedKeys.isEmpty() && filedAt != millis) {
            write(filedAt, "", "", "key " + filedKeys.get(0));
        }
        write(millis, articleId, contentHash == null ? "" : contentHash, articleId);
    }

    private void write(long millis, String articleId, String contentHash, String name) {
        String logKey = stamp(millis) + ":" + name;
        // The same article filed twice at the same time (an edit keeping its date): one listing of both.
        byte[] earlier = log.get(logKey);
        List<String> keys = filedKeys;
        if (earlier != null) {
            keys = new ArrayList<>(read(logKey, earlier).keys());
            keys.addAll(filedKeys);
        }
        CompactOutput out = new CompactOutput(32 + keys.size() * 24);
        out.writeString(articleId);
        out.writeString(contentHash);
        out.writeCount(keys.size());
        for (String key : keys) {
            out.writeString(key);
        }
        log.put(logKey, out.toByteArray());
        filedKeys.clear();
    }

    private static Listing read(String logKey, byte[] value) {
        CompactInput in = new CompactInput(value);
        String articleId = in.readString();
        String contentHash = in.readString();
        int n = in.readCount();
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(in.readString());
        }
        return new Listing(logKey, articleId, contentHash, keys);
    }

    /** The listings stamped before {@code limit} (epoch milliseconds), oldest first. */
    List<Listing> due(long limit) {
        List<Listing> out = new ArrayList<>();
        // Both bounds are inclusive; every key stamped at the limit is longer than stamp(limit), so past it.
        try (KeyValueIterator<String, byte[]> entries = log.range(stamp(Long.MIN_VALUE), stamp(limit))) {
            while (entries.hasNext()) {
                KeyValue<String, byte[]> e = entries.next();
                out.add(read(e.key, e.value));
            }
        }
        return out;
    }

    void forget(Listing listing) {
        log.delete(listing.logKey());
    }

    /** Fixed-width hex with the sign bit flipped, so the store's byte order is time order, before 1970 too. */
    static String stamp(long millis) {
        String digits = Long.toHexString(millis ^ Long.MIN_VALUE);
        return "0".repeat(16 - digits.length()) + digits;
    }
}
