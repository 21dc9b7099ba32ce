package io.wirewatch.topology;

import org.apache.kafka.common.serialization.Serde;

/**
 * The compact forms of the cluster stage's small index entries: {@link Seen} (article id or
 * content hash → story) and {@link Postings} (candidate key → stories). Every article writes
 * dozens of them and every expiry pass reads them all back.
 */
final class IndexEntrySerdes {

    private IndexEntrySerdes() {
    }

    static Serde<Seen> seen() {
        return new CompactSerde<>(Seen.class, 1, 48,
                (out, seen) -> {
                    out.writeString(seen.storyId());
                    out.writeLong(seen.seenMillis());
                },
                in -> new Seen(in.readString(), in.readLong()));
    }

    static Serde<Postings> postings() {
        return new CompactSerde<>(Postings.class, 1, 256,
                (out, postings) -> {
                    out.writeList(postings.storyIds(), CompactOutput::writeString);
                    out.writeLong(postings.seenMillis());
                },
                in -> new Postings(in.readList(CompactInput::readString), in.readLong()));
    }
}
