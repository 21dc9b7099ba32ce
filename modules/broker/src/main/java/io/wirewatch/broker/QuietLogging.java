package io.wirewatch.broker;

import java.util.List;

/**
 * Keeps the embedded broker's logging at WARN so it does not drown the app's own output.
 *
 * <p>A Kafka broker logs dozens of INFO lines per second while starting (every config value, every
 * partition, every metadata delta) through slf4j. The project's binding is slf4j-simple, which reads
 * per-logger levels from system properties when each logger is created; the broker's loggers are
 * created after this runs, so setting the properties here is enough. A property that is already set
 * (for example {@code -Dorg.slf4j.simpleLogger.log.kafka=info} to debug the broker) wins. With another
 * slf4j binding these properties do nothing and that binding's own configuration applies.
 *
 * <p>Kafka also puts log4j-core on the runtime classpath (for its dynamic log-level admin API). Nothing
 * the broker logs goes through it; without a log4j2 configuration it prints only errors, so it is left
 * unconfigured rather than bridged.
 */
final class QuietLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";
    /** Logger roots of the broker: Scala server code, Java server code (which shares {@code org.apache.kafka.common} with the clients, so in-process clients are quietened too) and the state-change log. */
    private static final List<String> KAFKA_LOGGERS =
            List.of("kafka", "org.apache.kafka", "state.change.logger");

    private QuietLogging() {
    }

    /**
     * The controller reports "Performing controller activation" at WARN on every start; on one node it
     * is routine, and a warning at each launch would teach users to ignore warnings.
     */
    private static final String CONTROLLER_LOGGER = "org.apache.kafka.controller.QuorumController";

    static void apply() {
        for (String logger : KAFKA_LOGGERS) {
            setIfAbsent(logger, "warn");
        }
        setIfAbsent(CONTROLLER_LOGGER, "error");
    }

    private static void setIfAbsent(String logger, String level) {
        if (System.getProperty(PREFIX + logger) == null) {
            System.setProperty(PREFIX + logger, level);
        }
    }
}
