package io.wirewatch.topology;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands an absorbed story's memory over to the story that absorbed it.
 *
 * <p>In: (absorbed story id, survivor story id) from {@code facts-merges}, on the absorbed story's
 * partition, where its memory is. Out: (absorbed story id, {@link StoryFold}); the stage publishes
 * the absorbed story's record with {@code mergedInto} set and sends the fold on to the survivor's
 * partition. The absorbed story's memory and held news are deleted here: from now on it lives in
 * the survivor.
 */
final class StoryAbsorber implements Processor<String, String, String, StoryFold> {

    private static final Logger LOG = LoggerFactory.getLogger(StoryAbsorber.class);

    private ProcessorContext<String, StoryFold> context;
    private KeyValueStore<String, StoryMemory> memories;
    private KeyValueStore<String, HeldNews> held;

    @Override
    public void init(ProcessorContext<String, StoryFold> context) {
        this.context = context;
        this.memories = context.getStateStore(FactsStage.MEMORY_STORE);
        this.held = context.getStateStore(FactsStage.HELD_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        String absorbed = record.key();
        String survivor = record.value();
        if (absorbed.equals(survivor)) {
            return;
        }
        StoryMemory memory = memories.get(absorbed);
        if (memory == null) {
            // Forgotten (quiet past the window) or never seen here: nothing to hand over.
            LOG.debug("story {} merged into {} has no memory to hand over", absorbed, survivor);
            return;
        }
        HeldNews news = held.get(absorbed);
        memories.delete(absorbed);
        if (news != null) {
            held.delete(absorbed);
        }
        context.forward(record.withValue(new StoryFold(absorbed, survivor, memory, news)));
    }
}
