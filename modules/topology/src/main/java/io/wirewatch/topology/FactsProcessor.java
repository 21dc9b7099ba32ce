package io.wirewatch.topology;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.facts.FactJudge;
import io.wirewatch.analysis.facts.Novelty;
import io.wirewatch.analysis.facts.NoveltySettings;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Article;
import io.wirewatch.model.Fact;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Story;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares each article with its story's memory of claims and decides what to tell subscribers.
 *
 * <p>In: (story id, Article placed in its story). Out: (story id, {@link FactsOutcome}). The first
 * version opens the story and raises NEW_STORY; a COPY joins silently (same text, nothing new by
 * definition); a VERSION raises NEW_FACTS or FIGURE_CHANGED when it adds claims, and nothing when
 * it only restates.
 */
final class FactsProcessor implements Processor<String, Article, String, FactsOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(FactsProcessor.class);
    /** A long-running story keeps its newest claims; the oldest matter least for novelty. */
    static final int MAX_FACTS = 500;

    private final FactJudge judge;
    private final Duration window;
    private final StoryMetrics metrics;
    private ProcessorContext<String, FactsOutcome> context;
    private KeyValueStore<String, StoryMemory> memories;

    FactsProcessor(NoveltySettings settings, EntityTagger entities, Duration window, StoryMetrics metrics) {
        this.metrics = metrics;
        // The tagger lets "Mr Shoigu" in a new claim match "Sergey Shoigu" in a known one.
        this.judge = new FactJudge(settings, entities);
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, FactsOutcome> context) {
        this.context = context;
        this.memories = context.getStateStore(FactsStage.MEMORY_STORE);
        // Stories quiet for longer than the clustering window can no longer gain versions.
        context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::forgetQuietStories);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        StoryMemory memory = memories.get(record.key());
        Story story;
        List<Fact> facts;
        Alert alert = null;
        if (memory == null) {
            facts = bounded(judge.claimsOf(article));
            story = StoryBook.open(article, facts.size());
            if (article.relation() == Relation.NEW) {
                alert = AlertComposer.newStory(story, article, judge.summaryOf(article));
            } else {
                // Its story's memory has expired: start a new one, but a late copy is no breaking news.
                LOG.debug("article {} joined story {} whose memory is gone", article.id(), record.key());
            }
        } else if (article.relation() == Relation.VERSION) {
            Novelty novelty = judge.judge(memory.facts(), article);
            List<Fact> grown = new ArrayList<>(memory.facts());
            grown.addAll(novelty.remember());
            facts = bounded(grown);
            story = StoryBook.join(memory.story(), article, facts.size());
            if (!novelty.isEmpty()) {
                alert = AlertComposer.moved(story, article, novelty);
            }
        } else {
            facts = memory.facts();
            story = StoryBook.join(memory.story(), article, facts.size());
        }
        memories.put(record.key(), new StoryMemory(story, facts));
        if (alert != null) {
            metrics.raised(alert, article, Duration.between(article.fetched(), Instant.now()));
        }
        context.forward(record.withValue(new FactsOutcome(article, story, alert)));
    }

    private static List<Fact> bounded(List<Fact> facts) {
        return facts.size() <= MAX_FACTS ? facts : List.copyOf(facts.subList(facts.size() - MAX_FACTS, facts.size()));
    }

    private void forgetQuietStories(long streamTime) {
        Instant cutoff = Instant.ofEpochMilli(streamTime).minus(window);
        List<String> quiet = new ArrayList<>();
        try (KeyValueIterator<String, StoryMemory> all = memories.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryMemory> entry = all.next();
                if (entry.value.story().lastUpdated().isBefore(cutoff)) {
                    quiet.add(entry.key);
                }
            }
        }
        quiet.forEach(memories::delete);
        if (!quiet.isEmpty()) {
            LOG.debug("forgot {} stories quiet since before {}", quiet.size(), cutoff);
        }
    }
}
