package io.wirewatch.topology;

import io.wirewatch.analysis.facts.FactJudge;
import io.wirewatch.model.Fact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysed claims of the busiest stories of one facts task, so a version is compared without
 * analysing its story's whole memory again (about 5 ms for 500 claims, against well under 1 ms for
 * the comparison itself; see docs/benchmarks.md).
 *
 * <p>In: a story id and the claims its stored memory holds; out: those claims analysed. A cached
 * analysis is used only when it was made from exactly the stored claims, and it is extended with
 * the same logic {@link FactJudge#prepare} uses, so a cold task (after a restart or a rebalance)
 * judges exactly as a warm one: the cache changes speed, never verdicts. Least recently used
 * stories make room; one task's thread only.
 */
final class PreparedClaims {

    /** Stories kept analysed; each holds up to {@link FactsProcessor#MAX_FACTS} claims (~0.3 MB). */
    static final int CAPACITY = 128;

    private record Entry(List<Fact> facts, FactJudge.Prepared prepared) {
    }

    private final FactJudge judge;
    private final Map<String, Entry> byStory = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > CAPACITY;
        }
    };

    PreparedClaims(FactJudge judge) {
        this.judge = judge;
    }

    /** The story's claims analysed: from the cache when it holds exactly {@code facts}. */
    FactJudge.Prepared of(String story, List<Fact> facts) {
        Entry e = byStory.get(story);
        if (e != null && e.facts().equals(facts)) {
            return e.prepared();
        }
        return judge.prepare(facts);
    }

    /**
     * Records what the story's memory now holds: {@code prepared} extended with {@code added}
     * when the stored claims are the old ones plus these, else forgotten (the oldest were dropped).
     */
    void update(String story, FactJudge.Prepared prepared, List<Fact> before, List<Fact> added, List<Fact> stored) {
        if (stored.size() == before.size() + added.size()) {
            byStory.put(story, new Entry(stored, prepared.extend(added)));
        } else {
            byStory.remove(story);
        }
    }

    void forget(String story) {
        byStory.remove(story);
    }
}
