package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.broker.EmbeddedKafka;
import io.wirewatch.broker.TopicProvisioner;
import io.wirewatch.model.Alert;
import io.wirewatch.model.Topics;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Delivery from a real broker: only committed alerts, in order, and a restart resumes after the last one. */
class AlertDeliveryTest {

    static EmbeddedKafka kafka;

    @BeforeAll
    static void broker() {
        kafka = EmbeddedKafka.startTemporary();
        TopicProvisioner.ensure(kafka.connection(), 1, (short) 1);
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void committedAlertsAreDeliveredInOrderAbortedOnesNeverAndARestartResumes() throws Exception {
        // Given one committed alert, one aborted, one committed
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "delivery-test");
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            producer.initTransactions();
            send(producer, Alerts.newFacts("alert-1", "story-1"), true);
            send(producer, Alerts.newFacts("alert-aborted", "story-1"), false);
            send(producer, Alerts.newFacts("alert-2", "story-1"), true);
        }

        // When the sinks' consumer group reads them
        List<String> printed = new CopyOnWriteArrayList<>();
        deliver("sinks", printed, 2);

        // Then the committed ones arrive in order and the aborted one never
        assertThat(printed).containsExactly("alert-1", "alert-2");

        // And a restarted delivery in the same group has nothing left to deliver
        List<String> again = new CopyOnWriteArrayList<>();
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(p, Topics.ALERTS.keySerde().serializer(),
                Topics.ALERTS.valueSerde().serializer())) {
            producer.initTransactions();
            send(producer, Alerts.newFacts("alert-3", "story-1"), true);
        }
        deliver("sinks", again, 1);
        assertThat(again).containsExactly("alert-3");
    }

    private static void deliver(String group, List<String> printed, int expected) throws Exception {
        CountDownLatch done = new CountDownLatch(expected);
        AlertSink recorder = new AlertSink() {
            @Override
            public String name() {
                return "recorder";
            }

            @Override
            public void deliver(Alert alert) {
                printed.add(alert.id());
            }
        };
        AlertDelivery delivery = new AlertDelivery(kafka.connection(), group, List.of(recorder), a -> done.countDown());
        Thread thread = new Thread(delivery);
        thread.start();
        assertThat(done.await(60, TimeUnit.SECONDS)).as("delivered " + printed).isTrue();
        delivery.close();
        thread.join(10_000);
    }

    private static void send(KafkaProducer<String, Alert> producer, Alert alert, boolean commit) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>(Topics.ALERTS.name(), alert.storyId(), alert));
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }
}
