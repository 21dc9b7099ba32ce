package io.wirewatch.app.ops;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a tag's values few: the first {@code limit} distinct values are kept, later ones become
 * "other". Entity names come from the news, and a Prometheus series per name ever seen would grow
 * without bound.
 */
final class BoundedTags {

    static final String OTHER = "other";

    private final int limit;
    private final Set<String> kept = ConcurrentHashMap.newKeySet();

    BoundedTags(int limit) {
        this.limit = limit;
    }

    String of(String value) {
        if (kept.contains(value)) {
            return value;
        }
        if (kept.size() < limit) {
            kept.add(value);
            return value;
        }
        return OTHER;
    }
}
