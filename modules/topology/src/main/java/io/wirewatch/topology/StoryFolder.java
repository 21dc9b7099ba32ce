package io.wirewatch.topology;

import io.wirewatch.model.Fact;
import io.wirewatch.model.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Folds an absorbed story's memory into the story that absorbed it.
 *
 * <p>In: (survivor story id, {@link StoryFold}) from {@code facts-folds}, on the survivor's
 * partition. Out: (survivor story id, {@link FactsOutcome} with the survivor's new record and no
 * article or alert). The survivor learns the absorbed story's claims (those it did not know, so
 * they are never announced as new again), sources, entities and topics; news the absorbed story
 * held in a cool-down joins the survivor's held news; its cool-down is the later of the two.
 */
final class StoryFolder implements Processor<String, StoryFold, String, FactsOutcome> {

    private ProcessorContext<String, FactsOutcome> context;
    private KeyValueStore<String, StoryMemory> memories;
    private KeyValueStore<String, HeldNews> held;

    @Override
    public void init(ProcessorContext<String, FactsOutcome> context) {
        this.context = context;
        this.memories = context.getStateStore(FactsStage.MEMORY_STORE);
        this.held = context.getStateStore(FactsStage.HELD_STORE);
    }

    @Override
    public void process(Record<String, StoryFold> record) {
        String survivor = record.key();
        StoryFold fold = record.value();
        StoryMemory into = memories.get(survivor);
        StoryMemory folded;
        if (into == null) {
            // The survivor's memory expired or has not reached this stage yet: the absorbed one becomes it.
            Story story = StoryBook.renamed(fold.memory().story(), survivor);
            folded = new StoryMemory(story, fold.memory().facts(), fold.memory().lastAlert());
        } else {
            List<Fact> facts = new ArrayList<>(into.facts());
            Set<String> known = new HashSet<>();
            into.facts().forEach(f -> known.add(f.text()));
            fold.memory().facts().stream().filter(f -> known.add(f.text())).forEach(facts::add);
            facts = FactsProcessor.bounded(facts);
            Story story = StoryBook.absorb(into.story(), fold.memory().story(), facts.size());
            folded = new StoryMemory(story, facts, later(into.lastAlert(), fold.memory().lastAlert()));
        }
        memories.put(survivor, folded);
        if (fold.held() != null) {
            HeldNews waiting = held.get(survivor);
            held.put(survivor, waiting == null ? fold.held() : waiting.plus(fold.held()));
        }
        context.forward(record.withValue(new FactsOutcome(null, folded.story(), null)));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
