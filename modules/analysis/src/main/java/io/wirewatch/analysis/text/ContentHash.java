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
     * As {@link #of(List, List)}, of the tokens read into {@code body} and {@code title}: the same
     * bytes fed to the digest in one piece, encoded from the tokenizer's characters, so no word's
     * bytes are looked up anywhere (for a vocabulary larger than the caches, a memory miss a word).
     */
    public static String of(Tokenizer.Tokens body, Tokenizer.Tokens title) {
        int n = body.size();
        int m = title.size();
        byte[] buf = BUFFER.get();
        int need = 3 + 3 * (n + m);
        for (int i = 0; i < n; i++) {
            need += 3 * body.normLength(i);
        }
        if (n < MIN_BODY_TOKENS) {
            for (int i = 0; i < m; i++) {
                need += 3 * title.normLength(i);
            }
        }
        if (buf.length < need) {
            buf = new byte[Math.max(need, buf.length * 2)];
            BUFFER.set(buf);
        }
        int at = 0;
        if (n < MIN_BODY_TOKENS) {
            for (int i = 0; i < m; i++) {
                at = title.normUtf8(i, buf, at);
                buf[at++] = ' ';
            }
            buf[at++] = 1;
        }
        for (int i = 0; i < n; i++) {
            at = body.normUtf8(i, buf, at);
            buf[at++] = ' ';
        }
        MessageDigest md = DIGEST.get();
        md.reset();
        md.update(buf, 0, at);
        return HexFormat.of().formatHex(md.digest());
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[16384]);

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
