package io.wirewatch.sinks;

import io.wirewatch.model.KafkaConnection;
import io.wirewatch.sinks.config.Routing;

/**
 * A sink in a JVM of its own, so a test can kill it as an operator's {@code kill -9} or a crashed
 * host would: no shutdown hook, no last commit. Args: bootstrap servers, consumer group, topic to
 * route; the Slack URL comes from {@code TEST_SLACK_URL} in the environment, as in production.
 */
public final class SinkProcess {

    private SinkProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Routing routing = Destinations.slack("restart-slack", args[2], System::getenv, 50, 10, 0);
        new RoutedDelivery(KafkaConnection.to(args[0]), args[1], routing, System.out, DeliveryListener.NONE).start();
        System.out.println("sink process started");
        Thread.sleep(Long.MAX_VALUE);
    }
}
