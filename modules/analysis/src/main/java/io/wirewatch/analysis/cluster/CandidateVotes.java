package io.wirewatch.analysis.cluster;

import java.util.Arrays;

/**
 * The votes of one article's candidate keys for the stories filed under them: story ids in, each
 * with its summed votes, and out the best few (most votes, then smallest id).
 *
 * <p>Why not a {@code HashMap<String, Integer>}: an article casts up to a few thousand votes
 * (~50 keys of up to 64 stories), and a map node plus a boxed count per story, with the resizes
 * on the way, were most of the cost of finding candidates. Here a vote is a probe of an
 * open-addressed table of the ids' cached hash codes, and a count an int.
 */
final class CandidateVotes {

    private String[] ids = new String[1024];
    private int[] hashes = new int[1024];
    private int[] votes = new int[1024];
    private int size;

    void add(String storyId, int vote) {
        int h = storyId.hashCode();
        int mask = ids.length - 1;
        int slot = (h ^ (h >>> 16)) & mask;
        String at;
        while ((at = ids[slot]) != null) {
            if (hashes[slot] == h && (at == storyId || at.equals(storyId))) {
                votes[slot] += vote;
                return;
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = storyId;
        hashes[slot] = h;
        votes[slot] = vote;
        if (++size * 2 > ids.length) {
            grow();
        }
    }

    /**
     * The story ids with at least {@code minVotes} votes, most votes first and, among equal votes,
     * smallest id first; at most {@code limit}.
     */
    String[] best(int minVotes, int limit) {
        int[] eligible = new int[size];
        int n = 0;
        for (int slot = 0; slot < ids.length; slot++) {
            if (ids[slot] != null && votes[slot] >= minVotes) {
                eligible[n++] = slot;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = eligible[i];
        }
        Arrays.sort(order, (x, y) -> votes[x] != votes[y] ? Integer.compare(votes[y], votes[x]) : ids[x].compareTo(ids[y]));
        String[] out = new String[Math.min(n, limit)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[order[i]];
        }
        return out;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        int[] oldVotes = votes;
        ids = new String[oldIds.length * 2];
        hashes = new int[ids.length];
        votes = new int[ids.length];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = (oldHashes[i] ^ (oldHashes[i] >>> 16)) & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                votes[slot] = oldVotes[i];
            }
        }
    }
}
