package io.wirewatch.analysis.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The DUPLICATE fingerprint: normalised tokens in, hex SHA-256 out. Case, punctuation, diacritics
 * and whitespace do not change it, so the same body re-sent with other markup is still a
 * duplicate; the headline is not part of it, so the same body under a new headline is too.
 * A body too short to identify an article on its own (a teaser such as "Read the full story")
 * is hashed together with the headline, or every teaser would be a duplicate of every other.
 */
public final class ContentHash {

    /** Bodies with fewer tokens than this are hashed together with their headline. */
    public static final int MIN_BODY_TOKENS = 12;

    private ContentHash() {
    }

    public static String of(List<Token> bodyTokens, List<Token> titleTokens) {
        StringBuilder sb = new StringBuilder(bodyTokens.size() * 7 + 64);
        if (bodyTokens.size() < MIN_BODY_TOKENS) {
            append(sb, titleTokens);
            sb.append('\u0001');
        }
        append(sb, bodyTokens);
        return sha256(sb.toString());
    }

    /**
     * As {@link #of(List, List)}, the tokens given by the UTF-8 bytes of their normalised forms
     * (the first {@code n} and {@code m}): the same hash, fed to the digest word by word, with no
     * text built in between.
     */
    public static String of(byte[][] bodyWords, int n, byte[][] titleWords, int m) {
        MessageDigest md = DIGEST.get();
        md.reset();
        if (n < MIN_BODY_TOKENS) {
            for (int i = 0; i < m; i++) {
                md.update(titleWords[i]);
                md.update((byte) ' ');
            }
            md.update((byte) 1);
        }
        for (int i = 0; i < n; i++) {
            md.update(bodyWords[i]);
            md.update((byte) ' ');
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Each thread's digest: looking one up by name per article cost more than hashing a headline. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    });

    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static void append(StringBuilder sb, List<Token> tokens) {
        for (Token t : tokens) {
            sb.append(t.norm()).append(' ');
        }
    }
}
