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
 * definition); a VERSION raises NEW_FACTS or FIGURE_CHANGED when it adds claims whose novelty
 * reaches {@link NoveltySettings#minNoveltyScore()} or changes a figure, and nothing when it only
 * restates.
 *
 * <p>Cool-down: within {@link NoveltySettings#coolDown()} of a story's last alert (article time),
 * a version's news is held in {@code facts-held-news} and merged with whatever follows. The held
 * news is raised as one alert by the first article of the story after the cool-down, or by a
 * stream-time punctuation once stream time passes it (then the outcome carries no article). A
 * newsroom gets one alert per burst, and never loses a fact. Stream time, not wall-clock, so a
 * re-processing of the same input holds and merges the same way and yields the same alert ids.
 */
final class FactsProcessor implements Processor<String, Article, String, FactsOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(FactsProcessor.class);
    /** A long-running story keeps its newest claims; the oldest matter least for novelty. */
    static final int MAX_FACTS = 500;
    /** How often held news is looked at: cool-downs end at most this late. */
    static final Duration HELD_CHECK = Duration.ofMinutes(1);

    private final FactJudge judge;
    private final PreparedClaims prepared;
    private final NoveltySettings settings;
    private final Duration window;
    private final StoryMetrics metrics;
    private ProcessorContext<String, FactsOutcome> context;
    private KeyValueStore<String, StoryMemory> memories;
    private KeyValueStore<String, HeldNews> held;

    FactsProcessor(NoveltySettings settings, EntityTagger entities, Duration window, StoryMetrics metrics) {
        this.metrics = metrics;
        // The tagger lets "Mr Shoigu" in a new claim match "Sergey Shoigu" in a known one.
        this.settings = settings == null ? NoveltySettings.defaults() : settings;
        this.judge = new FactJudge(this.settings, entities);
        this.prepared = new PreparedClaims(judge);
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, FactsOutcome> context) {
        this.context = context;
        this.memories = context.getStateStore(FactsStage.MEMORY_STORE);
        this.held = context.getStateStore(FactsStage.HELD_STORE);
        // Stories quiet for longer than the clustering window can no longer gain versions.
        context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::forgetQuietStories);
        context.schedule(HELD_CHECK, PunctuationType.STREAM_TIME, this::raiseHeldNews);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        StoryMemory memory = memories.get(record.key());
        Story story;
        List<Fact> facts;
        Alert alert = null;
        Instant lastAlert = memory == null ? null : memory.lastAlert();
        if (memory == null) {
            facts = bounded(judge.claimsOf(article));
            story = StoryBook.open(article, facts.size());
            if (article.relation() == Relation.NEW) {
                alert = AlertComposer.newStory(story, article, judge.summaryOf(article));
                lastAlert = article.published();
            } else {
                // Its story's memory has expired: start a new one, but a late copy is no breaking news.
                LOG.debug("article {} joined story {} whose memory is gone", article.id(), record.key());
            }
        } else {
            HeldNews news = null;
            if (article.relation() == Relation.VERSION) {
                FactJudge.Prepared known = prepared.of(record.key(), memory.facts());
                Novelty novelty = judge.judge(known, article);
                List<Fact> grown = new ArrayList<>(memory.facts());
                grown.addAll(novelty.remember());
                facts = bounded(grown);
                prepared.update(record.key(), known, memory.facts(), novelty.remember(), facts);
                news = AlertComposer.newsOf(article, novelty, settings.minNoveltyScore());
            } else {
                facts = memory.facts();
            }
            story = StoryBook.join(memory.story(), article, facts.size());
            HeldNews waiting = held.get(record.key());
            if (waiting != null && news != null) {
                news = waiting.plus(news);
            } else if (waiting != null) {
                news = waiting;
            }
            if (news != null && coolDownOver(lastAlert, article.published())) {
                alert = AlertComposer.moved(story, news);
                lastAlert = article.published();
                if (waiting != null) {
                    held.delete(record.key());
                }
            } else if (news != null && news != waiting) {
                held.put(record.key(), news);
            }
        }
        memories.put(record.key(), new StoryMemory(story, facts, lastAlert));
        if (alert != null) {
            metrics.raised(alert, article);
        }
        context.forward(record.withValue(new FactsOutcome(article, story, alert)));
    }

    private boolean coolDownOver(Instant lastAlert, Instant now) {
        return lastAlert == null || now == null || !now.isBefore(lastAlert.plus(settings.coolDown()));
    }

    static List<Fact> bounded(List<Fact> facts) {
        return facts.size() <= MAX_FACTS ? facts : List.copyOf(facts.subList(facts.size() - MAX_FACTS, facts.size()));
    }

    /** Raises the held news of every story whose cool-down stream time has passed. */
    private void raiseHeldNews(long streamTime) {
        Instant now = Instant.ofEpochMilli(streamTime);
        List<KeyValue<String, HeldNews>> due = new ArrayList<>();
        try (KeyValueIterator<String, HeldNews> all = held.all()) {
            while (all.hasNext()) {
                KeyValue<String, HeldNews> entry = all.next();
                StoryMemory memory = memories.get(entry.key);
                if (memory == null || coolDownOver(memory.lastAlert(), now)) {
                    due.add(entry);
                }
            }
        }
        for (KeyValue<String, HeldNews> entry : due) {
            held.delete(entry.key);
            StoryMemory memory = memories.get(entry.key);
            if (memory == null) {
                continue; // forgotten with its story: too old to tell
            }
            memories.put(entry.key, new StoryMemory(memory.story(), memory.facts(), now));
            Alert alert = AlertComposer.moved(memory.story(), entry.value);
            // Held by the cool-down: how late it is comes from the cool-down, not from processing.
            metrics.raised(alert, (Article) null);
            context.forward(new Record<>(entry.key, new FactsOutcome(null, memory.story(), alert), streamTime));
        }
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
        quiet.forEach(prepared::forget);
        if (!quiet.isEmpty()) {
            LOG.debug("forgot {} stories quiet since before {}", quiet.size(), cutoff);
        }
    }
}
