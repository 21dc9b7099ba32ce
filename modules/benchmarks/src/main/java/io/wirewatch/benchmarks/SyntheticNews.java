package io.wirewatch.benchmarks;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic news for benchmarks: a seed in, raw articles (for prepare+cluster) or
 * ready prepared articles (to fill a window of stories fast) out. Words come from a Zipf-like
 * vocabulary of {@value #VOCABULARY} made-up words, so a few are everywhere and most are rare, as
 * in news; names from a list the project's gazetteer knows. No corpus text is used.
 */
final class SyntheticNews {

    static final int VOCABULARY = 60_000;
    static final int BODY_WORDS = 260;
    private static final String[] SYLLABLES = {"ka", "lo", "mu", "ri", "ta", "no", "pi", "du", "zo", "ba", "ve",
            "si", "go", "ha", "ju", "fe", "wa", "ne", "co", "xi"};
    private static final String[] NAMES = {"North Korea", "Russia", "Kim Jong Un", "Sergei Shoigu", "Pyongyang",
            "Moscow", "Donald Trump", "Seoul", "Washington", "China", "Ukraine", "Kyiv", "Japan", "Tokyo"};

    private final String[] words = new String[VOCABULARY];
    private final String[] stems = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final SplittableRandom random;

    SyntheticNews(long seed) {
        random = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder w = new StringBuilder();
            int n = i;
            do {
                w.append(SYLLABLES[n % SYLLABLES.length]);
                n /= SYLLABLES.length;
            } while (n > 0);
            if (w.length() < 4) {
                w.append("ro");
            }
            words[i] = w.toString();
            stems[i] = Terms.stem(words[i]);
            sum += 1.0 / (i + 10);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= sum;
        }
    }

    private int word() {
        double u = random.nextDouble();
        int lo = 0;
        int hi = VOCABULARY - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** A raw article of about {@value #BODY_WORDS} words in paragraphs, with two names, as a feed delivers it. */
    RawArticle raw(String id, Instant published) {
        StringBuilder body = new StringBuilder(BODY_WORDS * 7);
        String a = NAMES[random.nextInt(NAMES.length)];
        String b = NAMES[random.nextInt(NAMES.length)];
        for (int s = 0; s < BODY_WORDS / 13; s++) {
            body.append(s % 4 == 0 ? "<p>" : "");
            body.append(s % 3 == 0 ? a : "The").append(' ');
            for (int w = 0; w < 12; w++) {
                body.append(words[word()]).append(' ');
            }
            body.append(s % 5 == 0 ? b : "said").append(". ");
            body.append(s % 4 == 3 ? "</p>\n" : "");
        }
        StringBuilder title = new StringBuilder(a);
        for (int w = 0; w < 7; w++) {
            title.append(' ').append(words[word()]);
        }
        return new RawArticle(id, "bench", "Bench Wire", null, title.toString(), null, body.toString(), published,
                published, List.of(), List.of());
    }

    /** A prepared article with the shape prepare gives a {@link #raw} one (terms, MinHash, entities), built directly. */
    Article prepared(String id, Instant published) {
        Map<String, Integer> terms = new HashMap<>();
        List<String> titleWords = new ArrayList<>();
        for (int w = 0; w < 7; w++) {
            int k = word();
            titleWords.add(words[k]);
            terms.merge(stems[k], 1, Integer::sum);
        }
        for (int w = 0; w < BODY_WORDS * 12 / 13; w++) {
            terms.merge(stems[word()], 1, Integer::sum);
        }
        int[] minHash = new int[128];
        for (int i = 0; i < minHash.length; i++) {
            minHash[i] = random.nextInt();
        }
        String a = NAMES[random.nextInt(NAMES.length)];
        String b = NAMES[random.nextInt(NAMES.length)];
        List<EntityMention> entities = List.of(new EntityMention(a, a, EntityType.PLACE, 0, a.length()),
                new EntityMention(b, b, EntityType.PLACE, 0, b.length()));
        String title = a + " " + String.join(" ", titleWords);
        Signature signature = new Signature(ContentHash.sha256(id), minHash, terms);
        return new Article(id, "bench", "Bench Wire", null, title, published, published, "", List.of(), entities,
                List.of(), signature, null, null, null);
    }
}
