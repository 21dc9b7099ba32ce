package io.wirewatch.app.bench;

import io.wirewatch.model.RawArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns base articles into the stream a wire-heavy newsroom sees: each story first from one outlet,
 * then, spread over the following hours, the same article again (exact duplicates), the same wire
 * copy elsewhere with a new headline and its last paragraph cut (copies), and rewrites with
 * paragraphs reordered, one dropped and a figure changed (versions), from many outlets.
 *
 * <p>In: base articles, a size, a seed. Out: raw articles in publication order (fetch times are set
 * when the bench sends them).
 */
final class ReplayStream {

    static final int OUTLETS = 50;
    private static final Pattern NUMBER = Pattern.compile("\\b\\d{2,}\\b");

    /** The stream and what it was made of. */
    record Replay(List<RawArticle> articles, int stories, int duplicates, int copies, int versions) {

        /**
         * The same stream moved in time so its last article is published at {@code end}: a bench
         * that then offers live articles stamped with the clock continues the stream's time
         * instead of jumping back into its past (where late articles skip the stages' timers).
         */
        Replay endingAt(Instant end) {
            if (articles.isEmpty()) {
                return this;
            }
            Duration shift = Duration.between(articles.get(articles.size() - 1).published(), end);
            List<RawArticle> moved = articles.stream().map(a -> publishedAt(a, a.published().plus(shift))).toList();
            return new Replay(moved, stories, duplicates, copies, versions);
        }
    }

    /** The article as published (and fetched) at {@code when}. */
    static RawArticle publishedAt(RawArticle a, Instant when) {
        return new RawArticle(a.id(), a.feedId(), a.source(), a.url(), a.title(), a.summary(), a.content(), when, when,
                a.authors(), a.categories());
    }

    private ReplayStream() {
    }

    static Replay of(List<BaseArticle> bases, int total, long seed, Instant start, String idPrefix) {
        Random random = new Random(seed);
        List<RawArticle> out = new ArrayList<>(total);
        int stories = 0;
        int duplicates = 0;
        int copies = 0;
        int versions = 0;
        for (int i = 0; out.size() < total; i++) {
            BaseArticle base = bases.get(i % bases.size());
            int cycle = i / bases.size();
            if (cycle > 0) {
                // A corpus smaller than the stream is reused with other figures, so each pass is new text.
                base = withFigureChanged(base, random, cycle);
            }
            Instant published = start.plus(Duration.ofSeconds(20L * i));
            String storyKey = idPrefix + "/" + i;
            RawArticle first = raw(storyKey + "/0", outlet(random), base.title(), base.paragraphs(), published);
            out.add(first);
            stories++;
            double roll = random.nextDouble();
            Instant later = published.plus(Duration.ofMinutes(1 + random.nextInt(120)));
            if (roll < 0.10 && out.size() < total) {
                out.add(first);
                duplicates++;
            }
            if (random.nextDouble() < 0.25 && out.size() < total) {
                List<String> trimmed = base.paragraphs().size() > 1
                        ? base.paragraphs().subList(0, base.paragraphs().size() - 1) : base.paragraphs();
                out.add(raw(storyKey + "/copy", outlet(random), "Report: " + base.title(), trimmed, later));
                copies++;
            }
            if (random.nextDouble() < 0.20 && out.size() < total) {
                out.add(raw(storyKey + "/version", outlet(random), rewrittenHeadline(base.title()),
                        rewritten(base, random), later.plus(Duration.ofMinutes(5))));
                versions++;
            }
        }
        out.sort(Comparator.comparing(RawArticle::published));
        return new Replay(List.copyOf(out.subList(0, Math.min(total, out.size()))), stories, duplicates, copies, versions);
    }

    private static String outlet(Random random) {
        return String.format("Outlet %02d", 1 + random.nextInt(OUTLETS));
    }

    private static RawArticle raw(String id, String outlet, String title, List<String> paragraphs, Instant published) {
        StringBuilder html = new StringBuilder();
        paragraphs.forEach(p -> html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n"));
        String feed = outlet.toLowerCase().replace(' ', '-');
        return new RawArticle("https://" + feed + ".example/" + id, feed, outlet, "https://" + feed + ".example/" + id,
                title, null, html.toString(), published, published, List.of(), List.of());
    }

    private static String rewrittenHeadline(String title) {
        String[] words = title.split(" ");
        return words.length > 3 ? String.join(" ", List.of(words).subList(0, words.length - 1)) + ", officials say" : title;
    }

    /** Paragraphs reordered, one dropped, a figure changed: what a rewrite desk does. */
    private static List<String> rewritten(BaseArticle base, Random random) {
        List<String> paragraphs = new ArrayList<>(withFigureChanged(base, random, 1).paragraphs());
        if (paragraphs.size() > 2) {
            paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        }
        if (paragraphs.size() > 2) {
            Collections.swap(paragraphs, paragraphs.size() - 1, paragraphs.size() - 2);
        }
        return paragraphs;
    }

    private static BaseArticle withFigureChanged(BaseArticle base, Random random, int salt) {
        List<String> paragraphs = new ArrayList<>();
        boolean changed = false;
        for (String paragraph : base.paragraphs()) {
            Matcher m = NUMBER.matcher(paragraph);
            if (!changed && m.find()) {
                long value = Long.parseLong(m.group().length() > 15 ? m.group().substring(0, 15) : m.group());
                long other = value + 1 + random.nextInt(Math.max(2, (int) Math.min(1000, value / 10 + 2))) + salt;
                paragraph = paragraph.substring(0, m.start()) + other + paragraph.substring(m.end());
                changed = true;
            }
            paragraphs.add(paragraph);
        }
        return new BaseArticle(base.title(), paragraphs);
    }
}
