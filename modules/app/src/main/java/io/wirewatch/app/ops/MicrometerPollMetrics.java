package io.wirewatch.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.wirewatch.poller.FeedSource;
import io.wirewatch.poller.PollListener;
import io.wirewatch.poller.PollReport;
import io.wirewatch.poller.Poller;
import java.time.Duration;

/**
 * Feed health as Prometheus meters, from the poller's {@link PollListener} calls. Tags: the feed id
 * (stable, chosen by the operator) and coarse kinds; never URLs.
 *
 * <pre>
 * wirewatch_feed_polls_total{feed,outcome}          changed / not_modified / error
 * wirewatch_feed_articles_published_total{feed}     articles published (edits included)
 * wirewatch_feed_errors_total{feed,kind}            http_4xx / http_5xx / rate_limited / network / feed
 * wirewatch_feed_poll_seconds{feed}                 fetch, parse and publish (count, sum, max)
 * wirewatch_feeds_unhealthy                         feeds failing for long, polled rarely
 * </pre>
 */
public final class MicrometerPollMetrics implements PollListener {

    private final MeterRegistry registry;

    public MicrometerPollMetrics(MeterRegistry registry, Poller poller) {
        this.registry = registry;
        Gauge.builder("wirewatch.feeds.unhealthy", poller, p -> p.stats().unhealthy())
                .description("Feeds failing for long, polled rarely").register(registry);
    }

    @Override
    public void polled(FeedSource feed, PollReport report, Duration took) {
        String outcome = !report.ok() ? "error" : report.notModified() ? "not_modified" : "changed";
        Counter.builder("wirewatch.feed.polls").description("Polls of a feed").tag("feed", feed.id())
                .tag("outcome", outcome).register(registry).increment();
        if (report.published() > 0) {
            Counter.builder("wirewatch.feed.articles.published").description("Articles a feed published")
                    .tag("feed", feed.id()).register(registry).increment(report.published());
        }
        if (!report.ok()) {
            Counter.builder("wirewatch.feed.errors").description("Failed polls by kind").tag("feed", feed.id())
                    .tag("kind", kindOf(report)).register(registry).increment();
        }
        Timer.builder("wirewatch.feed.poll").description("Fetch, parse and publish of one poll")
                .tag("feed", feed.id()).register(registry).record(took);
    }

    static String kindOf(PollReport report) {
        int status = report.status();
        if (status == 429) {
            return "rate_limited";
        }
        if (status >= 500) {
            return "http_5xx";
        }
        if (status >= 400) {
            return "http_4xx";
        }
        // No response: DNS, connect, TLS, timeout. A 200 that failed: the document or publishing.
        return status == 0 ? "network" : "feed";
    }
}
