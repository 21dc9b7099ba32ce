package io.wirewatch.app.config;

import java.time.Duration;
import java.util.List;

/**
 * One feed to poll.
 *
 * @param id       short stable id (letters, digits, '-', '_', '.'): the key of its state and metrics
 * @param name     the outlet's name as alerts show it
 * @param url      http(s) URL of the RSS/Atom feed
 * @param interval how often to poll it (ISO-8601 duration, e.g. PT5M); default from poller.interval
 */
public record FeedConfig(String id, String name, String url, Duration interval) {

    void check(int index, List<String> problems) {
        String where = "feeds[" + index + "]";
        if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
            problems.add(where + ".id must be letters, digits, '.', '_' or '-', was '" + id + "'");
        }
        if (url == null || !url.matches("(?i)https?://.+")) {
            problems.add(where + ".url must be an http(s) URL, was '" + url + "'");
        }
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            problems.add(where + ".interval must be positive, was " + interval);
        }
    }
}
