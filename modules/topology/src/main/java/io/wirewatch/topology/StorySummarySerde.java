package io.wirewatch.topology;

import io.wirewatch.analysis.cluster.StorySummary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link StorySummary} sits in {@code cluster-story-summaries} and its changelog: every field
 * in {@link CompactOutput}'s binary form, weights as exact doubles, so a summary read back scores
 * exactly as the one written (the in-memory index and the stores must judge alike). The cluster
 * stage writes one per article and reads up to 30 per article when they are not cached.
 */
final class StorySummarySerde extends CompactSerde<StorySummary> {

    static final int FORMAT = 1;

    StorySummarySerde() {
        super(StorySummary.class, FORMAT, 4096, StorySummarySerde::write, StorySummarySerde::read);
    }

    private static void write(CompactOutput out, StorySummary s) {
        out.writeString(s.id());
        out.writeString(s.headline());
        out.writeInstant(s.firstSeen());
        out.writeInstant(s.lastSeen());
        out.writeCount(s.size());
        out.writeCount(s.centroid().size());
        s.centroid().forEach((term, weight) -> {
            out.writeString(term);
            out.writeDouble(weight);
        });
        out.writeList(s.headlineTerms(), CompactOutput::writeString);
        out.writeList(s.entities(), CompactOutput::writeString);
        out.writeList(s.members(), (o, m) -> {
            o.writeString(m.articleId());
            int[] minHash = m.minHash() == null ? new int[0] : m.minHash();
            o.writeCount(minHash.length);
            for (int h : minHash) {
                o.writeInt(h);
            }
        });
        out.writeDouble(s.norm());
        out.writeList(s.anchors(), CompactOutput::writeString);
        out.writeString(s.mergedInto());
    }

    private static StorySummary read(CompactInput in) {
        String id = in.readString();
        String headline = in.readString();
        var firstSeen = in.readInstant();
        var lastSeen = in.readInstant();
        int size = in.readCount();
        int terms = in.readCount();
        Map<String, Double> centroid = new LinkedHashMap<>(Math.max(4, terms * 2));
        for (int k = 0; k < terms; k++) {
            centroid.put(in.readString(), in.readDouble());
        }
        var headlineTerms = in.readList(CompactInput::readString);
        var entities = in.readList(CompactInput::readString);
        var members = in.readList(i -> {
            String article = i.readString();
            int[] minHash = new int[i.readCount()];
            for (int k = 0; k < minHash.length; k++) {
                minHash[k] = i.readInt();
            }
            return new StorySummary.Member(article, minHash);
        });
        double norm = in.readDouble();
        var anchors = in.readList(CompactInput::readString);
        String mergedInto = in.readString();
        return new StorySummary(id, headline, firstSeen, lastSeen, size, centroid, headlineTerms, entities, members,
                norm, anchors, mergedInto);
    }
}
