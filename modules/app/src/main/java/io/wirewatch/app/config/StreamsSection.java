package io.wirewatch.app.config;

import io.wirewatch.topology.StreamsSettings;
import java.time.Duration;
import java.util.List;

/**
 * How the topology runs.
 *
 * @param applicationId Kafka Streams application id: instances sharing it share the work
 * @param stateDir      local state stores
 * @param threads       stream threads per instance
 * @param commitInterval how often the topology commits (exactly-once): about a third of the
 *                       latency from article to alert; shorter costs more transaction markers
 */
public record StreamsSection(String applicationId, String stateDir, Integer threads, Duration commitInterval) {

    public StreamsSection(String applicationId, String stateDir, Integer threads) {
        this(applicationId, stateDir, threads, null);
    }

    public StreamsSection {
        applicationId = applicationId == null || applicationId.isBlank() ? "wirewatch" : applicationId;
        stateDir = stateDir == null || stateDir.isBlank() ? "./data/streams" : stateDir;
        threads = threads == null ? 2 : threads;
        commitInterval = commitInterval == null ? StreamsSettings.DEFAULT_COMMIT_INTERVAL : commitInterval;
    }

    public static StreamsSection defaults() {
        return new StreamsSection(null, null, null, null);
    }

    void check(List<String> problems) {
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            problems.add("streams.applicationId may hold letters, digits, '.', '_' and '-' only, was '" + applicationId + "'");
        }
        if (threads < 1) {
            problems.add("streams.threads must be at least 1, was " + threads);
        }
        if (commitInterval.toMillis() < 10 || commitInterval.toMillis() > 60_000) {
            problems.add("streams.commitInterval must be between PT0.01S and PT60S, was " + commitInterval);
        }
    }
}
