package io.wirewatch.analysis.cluster;

/**
 * Story ids as the numbers they spell: a story id ("story-" and 16 lower-case hex digits, as
 * {@link StoryClusterer#storyIdFor} makes every one) in, its 64-bit number out, and back.
 *
 * <p>Why: posting lists and candidate votes hold thousands of story ids per article; as Strings,
 * each vote read a String scattered over the heap (a cache miss) to hash or compare it, and each
 * stored posting list wrote 23 bytes per story. As numbers they are 8 bytes in a {@code long[]}.
 * Numbers compare (unsigned) in the same order as the ids they spell.
 */
public final class StoryIds {

    static final String PREFIX = "story-";
    private static final int DIGITS = 16;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private StoryIds() {
    }

    /** The number a story id spells; an {@link IllegalArgumentException} for anything else. */
    public static long number(String storyId) {
        if (storyId.length() != PREFIX.length() + DIGITS || !storyId.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a story id: " + storyId);
        }
        long n = 0;
        for (int i = PREFIX.length(); i < storyId.length(); i++) {
            char c = storyId.charAt(i);
            int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (digit < 0) {
                throw new IllegalArgumentException("not a story id: " + storyId);
            }
            n = (n << 4) | digit;
        }
        return n;
    }

    /** The story id that spells {@code number}. */
    public static String id(long number) {
        char[] out = new char[PREFIX.length() + DIGITS];
        PREFIX.getChars(0, PREFIX.length(), out, 0);
        for (int i = out.length - 1; i >= PREFIX.length(); i--) {
            out[i] = HEX[(int) (number & 0xf)];
            number >>>= 4;
        }
        return new String(out);
    }
}
