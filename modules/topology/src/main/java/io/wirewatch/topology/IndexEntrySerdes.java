package io.wirewatch.topology;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.analysis.cluster.StoryIds;
import io.wirewatch.model.Json;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

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

    /**
     * Format 2: the stories as 8-byte numbers ({@link StoryIds}). Format 1, story ids as strings,
     * as a wirewatch before story numbers wrote it, is still read.
     */
    static Serde<Postings> postings() {
        CompactSerde<Postings> current = new CompactSerde<>(Postings.class, 2, 256,
                (out, postings) -> {
                    long[] stories = postings.stories();
                    out.writeCount(stories.length);
                    for (long story : stories) {
                        out.writeLong(story);
                    }
                    out.writeLong(postings.seenMillis());
                },
                in -> {
                    long[] stories = new long[in.readCount()];
                    for (int i = 0; i < stories.length; i++) {
                        stories[i] = in.readLong();
                    }
                    return new Postings(stories, in.readLong());
                });
        CompactSerde<Postings> byIds = new CompactSerde<>(Postings.class, 1, 256,
                (out, postings) -> {
                    throw new UnsupportedOperationException("postings are written in format 2");
                },
                in -> new Postings(in.readList(CompactInput::readString).stream().mapToLong(StoryIds::number).toArray(),
                        in.readLong()));
        Deserializer<Postings> older = byIds.deserializer();
        Deserializer<Postings> newer = current.deserializer();
        return Serdes.serdeFrom(current.serializer(), (topic, bytes) -> {
            if (bytes == null || bytes.length == 0) {
                return newer.deserialize(topic, bytes);
            }
            return bytes[0] == 1 ? older.deserialize(topic, bytes)
                    : bytes[0] == '{' ? fromJson(topic, bytes) : newer.deserialize(topic, bytes);
        });
    }

    /** Postings as the first wirewatch wrote them, JSON {@code {storyIds, seenMillis}}. */
    private static Postings fromJson(String topic, byte[] bytes) {
        try {
            JsonNode node = Json.mapper().readTree(bytes);
            long[] stories = new long[node.path("storyIds").size()];
            for (int i = 0; i < stories.length; i++) {
                stories[i] = StoryIds.number(node.path("storyIds").get(i).asText());
            }
            return new Postings(stories, node.path("seenMillis").asLong());
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("not a valid Postings on " + topic + ": " + e.getMessage(), e);
        }
    }
}
