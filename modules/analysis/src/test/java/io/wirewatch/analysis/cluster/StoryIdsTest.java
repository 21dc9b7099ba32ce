package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StoryIdsTest {

    @Test
    void aStoryIdIsTheNumberItSpellsAndBack() {
        String id = StoryClusterer.storyIdFor("article-1");
        assertThat(StoryIds.id(StoryIds.number(id))).isEqualTo(id);
        assertThat(StoryIds.number("story-00000000000000ff")).isEqualTo(255L);
        assertThat(StoryIds.id(-1L)).isEqualTo("story-ffffffffffffffff");
    }

    @Test
    void numbersOrderAsTheIdsTheySpell() {
        // Given ids of random numbers, the sign bit set in half of them
        SplittableRandom random = new SplittableRandom(3);
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            numbers.add(random.nextLong());
        }
        // When ordered as numbers (unsigned) and as ids, then the orders agree
        List<Long> byNumber = new ArrayList<>(numbers);
        byNumber.sort(Long::compareUnsigned);
        List<Long> byId = new ArrayList<>(numbers);
        byId.sort(Comparator.comparing(StoryIds::id));
        assertThat(byNumber).isEqualTo(byId);
    }

    @Test
    void anythingElseIsNotAStoryId() {
        assertThatThrownBy(() -> StoryIds.number("story-a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryIds.number("story-00000000000000FF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StoryIds.number("tale-000000000000000ff")).isInstanceOf(IllegalArgumentException.class);
    }
}
