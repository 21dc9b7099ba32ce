package io.wirewatch.app.config;

import java.util.List;

/**
 * How the topology runs.
 *
 * @param applicationId Kafka Streams application id: instances sharing it share the work
 * @param stateDir      local state stores
 * @param threads       stream threads per instance
 */
public record StreamsSection(String applicationId, String stateDir, Integer threads) {

    public StreamsSection {
        applicationId = applicationId == null || applicationId.isBlank() ? "wirewatch" : applicationId;
        stateDir = stateDir == null || stateDir.isBlank() ? "./data/streams" : stateDir;
        threads = threads == null ? 1 : threads;
    }

    public static StreamsSection defaults() {
        return new StreamsSection(null, null, null);
    }

    void check(List<String> problems) {
        if (!applicationId.matches("[A-Za-z0-9._-]+")) {
            problems.add("streams.applicationId may hold letters, digits, '.', '_' and '-' only, was '" + applicationId + "'");
        }
        if (threads < 1) {
            problems.add("streams.threads must be at least 1, was " + threads);
        }
    }
}
