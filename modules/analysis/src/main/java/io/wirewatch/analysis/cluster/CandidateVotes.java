package io.wirewatch.analysis.cluster;

/**
 * The votes of one article's candidate keys for the stories filed under them: story numbers
 * ({@link StoryIds}) in, each with its summed votes, and out the best few (most votes, then
 * smallest id).
 *
 * <p>Why not a {@code HashMap<String, Integer>}: an article casts up to a few thousand votes
 * (~50 keys of up to 64 stories), and a map node plus a boxed count per story, with the resizes
 * on the way, were most of the cost of finding candidates; with story ids as Strings, even an
 * open-addressed table read each id's String (a cache miss) to hash it. Here a vote is a probe of
 * an open-addressed table of numbers, and a count an int.
 */
final class CandidateVotes {

    private long[] stories = new long[1024];
    private boolean[] used = new boolean[1024];
    private int[] votes = new int[1024];
    private int size;

    void add(long story, int vote) {
        int mask = stories.length - 1;
        int slot = slot(story, mask);
        while (used[slot]) {
            if (stories[slot] == story) {
                votes[slot] += vote;
                return;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        stories[slot] = story;
        votes[slot] = vote;
        if (++size * 2 > stories.length) {
            grow();
        }
    }

    /**
     * The stories with at least {@code minVotes} votes, most votes first and, among equal votes,
     * smallest id first; at most {@code limit}.
     */
    long[] best(int minVotes, int limit) {
        int n = 0;
        int[] eligible = new int[size];
        for (int slot = 0; slot < stories.length; slot++) {
            if (used[slot] && votes[slot] >= minVotes) {
                eligible[n++] = slot;
            }
        }
        // Insertion sort into the best `limit`: n is at most a few thousand, limit ~30.
        int kept = Math.min(n, limit);
        int[] top = new int[kept];
        int held = 0;
        for (int k = 0; k < n; k++) {
            int slot = eligible[k];
            if (held == kept && !before(slot, top[held - 1])) {
                continue;
            }
            int at = held < kept ? held++ : held - 1;
            while (at > 0 && before(slot, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = slot;
        }
        long[] out = new long[kept];
        for (int i = 0; i < kept; i++) {
            out[i] = stories[top[i]];
        }
        return out;
    }

    /** Whether the story in slot {@code x} ranks before the one in slot {@code y}. */
    private boolean before(int x, int y) {
        return votes[x] != votes[y] ? votes[x] > votes[y] : Long.compareUnsigned(stories[x], stories[y]) < 0;
    }

    private static int slot(long story, int mask) {
        long h = story * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] oldStories = stories;
        boolean[] oldUsed = used;
        int[] oldVotes = votes;
        stories = new long[oldStories.length * 2];
        used = new boolean[stories.length];
        votes = new int[stories.length];
        int mask = stories.length - 1;
        for (int i = 0; i < oldStories.length; i++) {
            if (oldUsed[i]) {
                int slot = slot(oldStories[i], mask);
                while (used[slot]) {
                    slot = (slot + 1) & mask;
                }
                used[slot] = true;
                stories[slot] = oldStories[i];
                votes[slot] = oldVotes[i];
            }
        }
    }
}
