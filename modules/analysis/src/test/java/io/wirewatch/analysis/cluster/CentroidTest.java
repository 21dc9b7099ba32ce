package io.wirewatch.analysis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.Json;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CentroidTest {

    @Test
    void readsAsTheMapItWasMadeFromInItsOrder() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("missil", 0.5);
        weights.put("AaAa", 0.25); // same hash code as "BBBB"
        weights.put("BBBB", 0.125);
        Centroid c = Centroid.of(weights);

        assertThat(c).isEqualTo(new HashMap<>(weights)).hasSameHashCodeAs(new HashMap<>(weights));
        assertThat(c.keySet()).containsExactly("missil", "AaAa", "BBBB");
        assertThat(c.get("BBBB")).isEqualTo(0.125);
        assertThat(c.get("AaBB")).isNull();
        assertThat(c.containsKey("AaAa")).isTrue();
        assertThat(c.containsKey(42)).isFalse();
        for (int i = 0; i < c.size(); i++) {
            assertThat(c.id(i)).isEqualTo(TermCounts.id(c.term(i)));
            assertThat(c.positionOf(c.id(i))).isEqualTo(i);
            assertThat(c.weight(i)).isEqualTo(weights.get(c.term(i)));
        }
        assertThat(Centroid.of(c)).isSameAs(c);
        assertThat(Centroid.of(null)).isEmpty();
    }

    @Test
    void isImmutableAndRefusesNulls() {
        Centroid c = Centroid.of(Map.of("a", 1.0));
        assertThatThrownBy(() -> c.put("b", 2.0)).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("a", null);
        assertThatThrownBy(() -> Centroid.of(withNull)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void writesTheSameJsonAsAPlainMap() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("talk", 0.75);
        weights.put("u.s", 0.5);
        assertThat(Json.write(Centroid.of(weights))).isEqualTo(Json.write(weights));
    }
}
