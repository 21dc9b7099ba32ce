package io.wirewatch.analysis.cluster;

import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.model.Article;
import io.wirewatch.model.Relation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 2 of the topology ("cluster"): a prepared article in, an {@link Assignment} out, and the
 * {@link StoryIndex} updated. Tiers, cheapest first:
 * <ol>
 *   <li>DUPLICATE: the same article id with text already seen, or the same content hash, within
 *       the window. Returns the existing story; the index is not changed.</li>
 *   <li>VERSION of its own story: the same article id with text never seen: the outlet edited its
 *       article, and the facts stage judges what the edit adds.</li>
 *   <li>COPY: estimated shingle Jaccard with a remembered member of a candidate story at or
 *       above {@link ClusterSettings#copyThreshold()}.</li>
 *   <li>VERSION: {@link StorySimilarity} with a candidate story at or above
 *       {@link ClusterSettings#versionThreshold()}.</li>
 *   <li>NEW: a story whose id is derived from the article id ("story-" and 16 hex digits of
 *       SHA-256), so re-processing the same input yields the same ids.</li>
 * </ol>
 * Candidates come only from the index's keys (LSH bands of the MinHash, the article's rarest
 * entities, its heaviest terms), ranked by how many keys they share (a band counts
 * {@value #BAND_VOTE}), at least {@value #MIN_VOTES} votes needed, at most
 * {@link ClusterSettings#maxCandidates()} scored; a key keeps its newest
 * {@value #MAX_STORIES_PER_KEY} stories. Nothing scans all stories, and the work per article does
 * not grow with the number of stories held. All policy (caps, expiry, decay of document
 * frequencies) is here; the {@link StoryIndex} only stores, so the topology's state stores and
 * {@code wirewatch eval}'s maps judge alike. Story time is the article's publication time; every
 * {@value #EXPIRY_EVERY_DIVISOR}th of a window of stream time the index forgets what is older
 * than the window.
 *
 * <p>Not thread-safe: one instance per index, as one stream task per state store.
 */
public final class StoryClusterer {

    static final int BAND_VOTE = 3;
    /** A key shared by more stories says little about any one; the oldest fall off, which bounds the cost per article. */
    static final int MAX_STORIES_PER_KEY = 64;
    /** Full texts: a candidate shares at least two keys (one shared word never makes a version). */
    static final int MIN_VOTES = 2;
    /** Headlines have a handful of keys; one shared rare term or entity is a candidate, scoring decides. */
    static final int MIN_VOTES_HEADLINE = 1;
    static final int EXPIRY_EVERY_DIVISOR = 24;
    /** Merged stories are followed this many hops to the live one (a chain longer is not expected). */
    static final int MAX_MERGE_HOPS = 8;

    private final ClusterSettings settings;
    private final StoryIndex index;
    private Instant streamTime;
    private Instant lastExpiry;
    /** Keeps the candidates' {@link StorySummary#touch} from being optimised away. */
    private long touched;

    public ClusterSettings settings() {
        return settings;
    }

    public StoryClusterer(ClusterSettings settings, StoryIndex index) {
        this.settings = settings == null ? ClusterSettings.defaults() : settings;
        this.index = index;
    }

    /** The story id a NEW article founds: a pure function of the article id. */
    public static String storyIdFor(String articleId) {
        return "story-" + ContentHash.sha256(articleId).substring(0, 16);
    }

    public Assignment assign(Article article) {
        Instant published = article.published() != null ? article.published()
                : article.fetched() != null ? article.fetched() : Instant.EPOCH;
        String contentHash = article.signature() == null ? null : article.signature().contentHash();

        Optional<String> byId = index.storyOfArticle(article.id()).map(this::liveId);
        if (byId.isPresent()) {
            boolean edited = contentHash != null && index.storyOfContent(contentHash).isEmpty();
            if (!edited) {
                return new Assignment(byId.get(), Relation.DUPLICATE, 1.0, article.id());
            }
            return edit(article, byId.get(), published, contentHash);
        }
        if (contentHash != null) {
            Optional<String> byContent = index.storyOfContent(contentHash).map(this::liveId);
            if (byContent.isPresent()) {
                return new Assignment(byContent.get(), Relation.DUPLICATE, 1.0, sameContentMember(byContent.get(), article));
            }
        }
        maybeExpire(published);

        Idf idf = new Idf(index);
        ArticleProfile profile = ArticleProfile.of(withTime(article, published), idf);
        Verdict verdict = judge(profile, idf);
        Assignment assignment = verdict.assignment();

        StorySummary story = index.summary(assignment.storyId()).orElse(null);
        for (StorySummary absorbed : verdict.absorbed()) {
            story = story.absorb(absorbed, idf);
            index.putSummary(absorbed.mergedInto(story.id()));
        }
        StorySummary updated = story != null
                ? story.with(article.id(), published, profile.unitTerms(), profile.headlineTerms(),
                        profile.entities(), profile.minHash(), idf)
                : StorySummary.start(assignment.storyId(), article.title(), article.id(), published,
                        profile.unitTerms(), profile.headlineTerms(), profile.entities(), profile.minHash(), idf);
        index.putSummary(updated);
        fileUnder(assignment.storyId(), profile, published);
        index.rememberArticle(article.id(), contentHash, assignment.storyId(), published);
        index.countDocument(profile.dfIds());
        return assignment;
    }

    /**
     * An outlet's edit of an article the story has: the story's summary learns the new text, the
     * index its hash (so the same edit again is a DUPLICATE); the document frequencies do not count
     * the article twice.
     */
    private Assignment edit(Article article, String storyId, Instant published, String contentHash) {
        maybeExpire(published);
        Idf idf = new Idf(index);
        ArticleProfile profile = ArticleProfile.of(withTime(article, published), idf);
        index.summary(storyId).ifPresent(summary -> index.putSummary(summary.with(article.id(), published,
                profile.unitTerms(), profile.headlineTerms(), profile.entities(), profile.minHash(), idf)));
        fileUnder(storyId, profile, published);
        index.rememberArticle(article.id(), contentHash, storyId, published);
        return new Assignment(storyId, Relation.VERSION, 1.0, article.id());
    }

    /**
     * Files an article as a NEW story without judging it against the stories held: for back-fills
     * and for benchmarks that need a full window of stories. State is updated exactly as by
     * {@link #assign} for a NEW article.
     */
    public Assignment startStory(Article article) {
        Instant published = article.published() != null ? article.published() : Instant.EPOCH;
        maybeExpire(published);
        Idf idf = new Idf(index);
        ArticleProfile profile = ArticleProfile.of(article, idf);
        String storyId = storyIdFor(article.id());
        index.putSummary(StorySummary.start(storyId, article.title(), article.id(), published, profile.unitTerms(),
                profile.headlineTerms(), profile.entities(), profile.minHash(), idf));
        fileUnder(storyId, profile, published);
        index.rememberArticle(article.id(), article.signature().contentHash(), storyId, published);
        index.countDocument(profile.dfIds());
        return new Assignment(storyId, Relation.NEW, 1.0, null);
    }

    /** An assignment and the stories it merges into the assigned one (empty unless a merge). */
    private record Verdict(Assignment assignment, List<StorySummary> absorbed) {
        Verdict(Assignment assignment) {
            this(assignment, List.of());
        }
    }

    private Verdict judge(ArticleProfile profile, Idf idf) {
        List<StorySummary> candidates = candidates(profile);
        long sum = 0;
        for (StorySummary s : candidates) {
            sum += s.touch();
        }
        touched += sum;

        double bestCopy = 0;
        String copyStory = null;
        String copyMember = null;
        int[] sig = profile.minHash();
        for (StorySummary s : candidates) {
            for (StorySummary.Member m : s.members()) {
                double j = agreementAbove(sig, m.minHash(), Math.max(bestCopy, settings.copyThreshold() - 1e-9));
                if (j > bestCopy) {
                    bestCopy = j;
                    copyStory = s.id();
                    copyMember = m.articleId();
                }
            }
        }
        if (copyStory != null && bestCopy >= settings.copyThreshold()) {
            return new Verdict(new Assignment(copyStory, Relation.COPY, bestCopy, copyMember));
        }

        double threshold = settings.versionThreshold(profile.headlineOnly());
        StorySummary bestStory = null;
        double best = 0;
        List<StorySummary> claimants = new ArrayList<>(2);
        for (StorySummary s : candidates) {
            double score = StorySimilarity.score(profile, s, idf, settings.window()).total();
            if (score >= threshold) {
                claimants.add(s);
            }
            if (score > best) {
                best = score;
                bestStory = s;
            }
        }
        if (bestStory == null || best < threshold) {
            return new Verdict(new Assignment(storyIdFor(profile.id()), Relation.NEW, 1.0, null));
        }
        StoryMerge merge = StoryMerge.of(bestStory, claimants, idf, settings.mergeThreshold());
        StorySummary survivor = merge.survivor();
        String matched = closestMember(profile, bestStory);
        return new Verdict(new Assignment(survivor.id(), Relation.VERSION, best, matched,
                merge.absorbed().stream().map(StorySummary::id).toList()), merge.absorbed());
    }

    /**
     * The live story a story id leads to: itself, or the story it was merged into (followed a few
     * hops; a merged story whose survivor expired leads to itself).
     */
    private String liveId(String storyId) {
        return live(storyId).map(StorySummary::id).orElse(storyId);
    }

    private Optional<StorySummary> live(String storyId) {
        return live(index.summary(storyId));
    }

    private Optional<StorySummary> live(Optional<StorySummary> s) {
        for (int hop = 0; hop < MAX_MERGE_HOPS && s.isPresent() && !s.get().live(); hop++) {
            Optional<StorySummary> next = index.summary(s.get().mergedInto());
            if (next.isEmpty()) {
                return s;
            }
            s = next;
        }
        return s;
    }

    /**
     * Candidate stories ranked by shared keys (ties by id, so the outcome is deterministic). A
     * story sharing a single entity or term key is not a candidate: one shared word never makes
     * a version, and scoring it would cost more than anything else here.
     */
    List<StorySummary> candidates(ArticleProfile profile) {
        CandidateVotes votes = new CandidateVotes();
        List<String> keys = profile.keys();
        long[] keyIds = profile.keyIds();
        index.prefetchStoriesUnder(keyIds);
        for (int k = 0; k < keyIds.length; k++) {
            String key = keys.get(k);
            int vote = key.charAt(0) == 'b' ? BAND_VOTE : 1;
            for (long s : index.storiesUnder(key, keyIds[k])) {
                votes.add(s, vote);
            }
        }
        long[] ranked = votes.best(profile.headlineOnly() ? MIN_VOTES_HEADLINE : MIN_VOTES, settings.maxCandidates());
        List<StorySummary> out = new ArrayList<>(ranked.length);
        Set<String> seen = new HashSet<>();
        for (long story : ranked) {
            live(index.summary(story)).filter(s -> seen.add(s.id())).ifPresent(out::add);
        }
        return out;
    }

    /**
     * {@link MinHasher#similarity} when it exceeds {@code floor}, else 0: stops as soon as too many
     * positions disagree for it to get there, so unrelated members (almost all) cost half a pass.
     */
    static double agreementAbove(int[] a, int[] b, double floor) {
        if (a == null || b == null || a.length == 0 || a.length != b.length) {
            return 0;
        }
        int maxMisses = a.length - (int) Math.floor(floor * a.length);
        int misses = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i] && ++misses > maxMisses) {
                return 0;
            }
        }
        return (double) (a.length - misses) / a.length;
    }

    /** For a VERSION: the member whose text overlaps most, else the story's first article. */
    private static String closestMember(ArticleProfile profile, StorySummary story) {
        String best = story.members().isEmpty() ? null : story.members().get(0).articleId();
        double bestJ = 0;
        for (StorySummary.Member m : story.members()) {
            double j = MinHasher.similarity(profile.minHash(), m.minHash());
            if (j > bestJ) {
                bestJ = j;
                best = m.articleId();
            }
        }
        return best;
    }

    private String sameContentMember(String storyId, Article article) {
        int[] sig = article.signature().minHash();
        return index.summary(storyId).flatMap(s -> s.members().stream()
                .filter(m -> java.util.Arrays.equals(m.minHash(), sig)).map(StorySummary.Member::articleId)
                .findFirst()).orElse(null);
    }

    /** Files the story under each key, newest last; the oldest fall off past {@value #MAX_STORIES_PER_KEY}. */
    private void fileUnder(String storyId, ArticleProfile profile, Instant seen) {
        long story = StoryIds.number(storyId);
        List<String> keys = profile.keys();
        long[] keyIds = profile.keyIds();
        for (int k = 0; k < keyIds.length; k++) {
            String key = keys.get(k);
            long[] filed = index.storiesUnder(key, keyIds[k]);
            boolean there = false;
            for (long s : filed) {
                there |= s == story;
            }
            int others = filed.length - (there ? 1 : 0);
            int from = Math.max(0, others + 1 - MAX_STORIES_PER_KEY);
            long[] stories = new long[others - from + 1];
            int kept = 0;
            int at = 0;
            for (long s : filed) {
                if (s != story && kept++ >= from) {
                    stories[at++] = s;
                }
            }
            stories[at] = story;
            index.putStoriesUnder(key, keyIds[k], stories, seen);
        }
    }

    /**
     * Every {@value #EXPIRY_EVERY_DIVISOR}th of a window of stream time: forgets what is older than
     * the window, and once per window halves the document frequencies, so they describe roughly
     * the last two windows of the stream and stay bounded (a term seen once is forgotten).
     */
    private void maybeExpire(Instant published) {
        if (streamTime == null || published.isAfter(streamTime)) {
            streamTime = published;
        }
        Duration every = settings.window().dividedBy(EXPIRY_EVERY_DIVISOR);
        if (lastExpiry == null || !streamTime.isBefore(lastExpiry.plus(every))) {
            Instant cutoff = streamTime.minus(settings.window());
            index.expireBefore(cutoff);
            Optional<Instant> halved = index.lastHalving();
            if (halved.isEmpty() || !cutoff.isBefore(halved.get().plus(settings.window()))) {
                index.halveDocumentFrequencies(cutoff);
            }
            lastExpiry = streamTime;
        }
    }

    private static Article withTime(Article a, Instant published) {
        return a.published() != null ? a : new Article(a.id(), a.feedId(), a.source(), a.url(), a.title(), published,
                a.fetched(), a.text(), a.sentences(), a.entities(), a.topics(), a.signature(), a.storyId(),
                a.relation(), a.similarity());
    }
}
