package io.wirewatch.topology;

import io.wirewatch.model.Fact;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Story;
import io.wirewatch.model.StorySource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a {@link StoryMemory} sits in the {@code facts-story-memory} store and its changelog: the
 * story record, up to {@link FactsProcessor#MAX_FACTS} claims and the last alert time, in
 * {@link CompactOutput}'s binary form. Read and rewritten for every article of a story, so its
 * cost grows with the story; JSON made a 500-claim story the slowest record of the stage.
 */
final class StoryMemorySerde extends CompactSerde<StoryMemory> {

    static final int FORMAT = 1;

    StoryMemorySerde() {
        super(StoryMemory.class, FORMAT, 8192, StoryMemorySerde::write, StoryMemorySerde::read);
    }

    private static void write(CompactOutput out, StoryMemory memory) {
        Story story = memory.story();
        out.writeString(story.id());
        out.writeString(story.headline());
        out.writeInstant(story.firstSeen());
        out.writeInstant(story.lastUpdated());
        out.writeList(story.sources(), (o, s) -> {
            o.writeString(s.source());
            o.writeString(s.articleId());
            o.writeString(s.url());
            o.writeEnum(s.relation());
            o.writeDouble(s.similarity());
            o.writeInstant(s.seen());
        });
        out.writeCount(story.entityCounts().size());
        story.entityCounts().forEach((name, count) -> {
            out.writeString(name);
            out.writeCount(count);
        });
        out.writeList(story.topics(), CompactOutput::writeString);
        out.writeCount(story.size());
        out.writeCount(story.factCount());
        out.writeString(story.mergedInto());
        out.writeList(memory.facts(), (o, f) -> {
            o.writeString(f.text());
            o.writeString(f.articleId());
            o.writeString(f.source());
            o.writeInstant(f.seen());
        });
        out.writeInstant(memory.lastAlert());
    }

    private static StoryMemory read(CompactInput in) {
        String id = in.readString();
        String headline = in.readString();
        var firstSeen = in.readInstant();
        var lastUpdated = in.readInstant();
        var sources = in.readList(i -> new StorySource(i.readString(), i.readString(), i.readString(),
                i.readEnum(Relation.class), i.readDouble(), i.readInstant()));
        int entities = in.readCount();
        Map<String, Integer> counts = new LinkedHashMap<>(Math.max(4, entities * 2));
        for (int k = 0; k < entities; k++) {
            counts.put(in.readString(), in.readCount());
        }
        var topics = in.readList(CompactInput::readString);
        int size = in.readCount();
        int factCount = in.readCount();
        String mergedInto = in.readString();
        Story story = new Story(id, headline, firstSeen, lastUpdated, sources, counts, topics, size, factCount,
                mergedInto);
        var facts = in.readList(i -> new Fact(i.readString(), i.readString(), i.readString(), i.readInstant()));
        return new StoryMemory(story, facts, in.readInstant());
    }
}
