package io.wirewatch.app.bench;

import java.util.Locale;

/**
 * The figures of one bench run, and how they read as a Markdown table for docs/benchmarks.md.
 *
 * @param articles        articles in the saturation stream, measured
 * @param warmup          articles streamed before them, not measured
 * @param stories         stories the stream was made of
 * @param made            what the stream held: "duplicates/copies/versions"
 * @param judged          how the topology judged it: "new/copy/version/duplicate"
 * @param alerts          alerts delivered to the sink in the saturation phase
 * @param brokerRate      the broker's own pass-through, records/s
 * @param pipelineRate    raw topic to delivered alerts at saturation, articles/s; NaN when no article was
 *                        left to time after the warm-up
 * @param timed           articles judged while the saturation clock ran: what the CPU figures are per
 * @param usage           CPU and heap over the saturation phase
 * @param stateBytes      the topology's local state on disk after the run
 * @param offeredRate     articles/s offered in the latency phase
 * @param latencySamples  alerts timed in the latency phase
 * @param p50Millis       publish-to-alert latency, median
 * @param p99Millis       publish-to-alert latency, 99th percentile
 * @param maxMillis       publish-to-alert latency, worst
 * @param latencyHops     the same latency by hop (sent to clustered, to alert raised, to delivered), p50/p99
 * @param feeds           feeds served in poll mode, 0 when the stream was produced directly
 * @param threads         stream threads of the topology
 * @param internalRecords records (and transaction markers) the topology wrote to its changelogs and
 *                        repartition topics over the warm-up and the saturation phase
 * @param brokerBytes     bytes on the broker per article, "internal / public outputs (raw input N)"
 */
record BenchReport(int articles, int warmup, int stories, String made, String judged, long alerts, double brokerRate,
                   double pipelineRate, int timed, ResourceSampler.Usage usage, long stateBytes, double offeredRate,
                   int latencySamples, double p50Millis, double p99Millis, double maxMillis, String latencyHops,
                   int feeds, int threads,
                   long internalRecords, String brokerBytes) {

    double ratio() {
        return pipelineRate / brokerRate;
    }

    String toMarkdown() {
        String input = feeds > 0 ? feeds + " feeds on loopback, polled" : "produced to wirewatch.articles.raw";
        return String.join("\n",
                "| figure | value |",
                "| --- | --- |",
                row("articles measured, after a warm-up of (stories; duplicates/copies/versions made)",
                        articles + ", " + warmup + " (" + stories + "; " + made + ")"),
                row("judged new/copy/version/duplicate", judged),
                row("input", input),
                row("stream threads", Integer.toString(threads)),
                row("pipeline, raw to delivered alerts at saturation", Double.isNaN(pipelineRate)
                        ? "not measured: every article was judged before the warm-up was seen to end (raise --articles)"
                        : fmt("%.0f articles/s (%d articles timed)", pipelineRate, timed)),
                row("broker pass-through, same records", fmt("%.0f records/s", brokerRate)),
                row("ratio pipeline / broker", fmt("%.2f", ratio())),
                row("alerts delivered (saturation)", Long.toString(alerts)),
                row("internal records written (changelogs, repartitions, markers) per article",
                        fmt("%.1f", (double) internalRecords / (articles + warmup))),
                row("bytes on the broker per article: internal topics / public outputs (raw input)", brokerBytes),
                row("CPU (share of all cores) / peak heap",
                        fmt("%.0f%% / %d MB", usage.cpuShareOfMachine() * 100, usage.peakHeapBytes() >> 20)),
                row("CPU per article: process / busiest stream thread (the rate that thread caps)",
                        fmt("%.0f µs / %.0f µs (%.0f articles/s)", perArticle(usage.cpuNanos()) / 1e3,
                                perArticle(usage.busiestStreamNanos()) / 1e3,
                                usage.busiestStreamNanos() == 0 ? 0.0 : 1e9 / perArticle(usage.busiestStreamNanos()))),
                row("the same by part, µs", CpuParts.perArticle(CpuParts.of(usage.cpuNanosByThreadGroup()), timed)),
                row("state on disk (per story)", fmt("%.1f MB (%d bytes)", stateBytes / 1e6, stories == 0 ? 0 : stateBytes / stories)),
                row(fmt("publish-to-alert at %.0f articles/s (%d alerts)", offeredRate, latencySamples),
                        fmt("p50 %.0f ms, p99 %.0f ms, max %.0f ms", p50Millis, p99Millis, maxMillis)),
                row("the same by hop, p50/p99 ms", latencyHops),
                "");
    }

    private double perArticle(long nanos) {
        return timed == 0 ? 0.0 : (double) nanos / timed;
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |";
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
