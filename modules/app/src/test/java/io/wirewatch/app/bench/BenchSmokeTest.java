package io.wirewatch.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Short runs of `wirewatch bench` so the command cannot rot; its figures are never asserted. */
class BenchSmokeTest {

    @TempDir
    Path dir;

    private int bench(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = "../../config/wirewatch.yaml";
        all[2] = "--report";
        all[3] = dir.resolve("report.md").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return new CommandLine(new BenchCommand()).execute(all);
    }

    @Test
    void aProducedStreamRunsEveryPhaseAndWritesTheTable() throws Exception {
        assertThat(bench("--articles", "300", "--warmup", "100", "--rate", "50", "--latency-seconds", "2")).isZero();
        String report = Files.readString(dir.resolve("report.md"));
        assertThat(report).contains("| pipeline, raw to delivered alerts at saturation |", "| ratio pipeline / broker |",
                "publish-to-alert at 50 articles/s", "produced to wirewatch.articles.raw");
        assertThat(report).containsPattern("\\| articles measured, after a warm-up of [^|]+\\| 300, 100 \\(")
                .contains("| stream threads |", "| internal records written (changelogs, repartitions, markers) per article |",
                        "| the same by hop, p50/p99 ms | sent to clustered ")
                .containsPattern("\\| bytes on the broker per article: [^|]+\\| [1-9]\\d* / [1-9]\\d* \\(raw input [1-9]")
                // A run this short may be judged whole before its warm-up is seen to end: then no figure.
                .containsPattern("\\| CPU per article: process / busiest stream thread [^|]+\\| [\\d,]+ µs / [\\d,]+ µs")
                .containsPattern("\\| the same by part, µs \\| stream threads [\\d,]+");
    }

    @Test
    void pollModeFetchesTheStreamFromLoopbackFeeds() throws Exception {
        assertThat(bench("--articles", "120", "--warmup", "30", "--feeds", "6", "--rate", "20", "--latency-seconds", "1")).isZero();
        assertThat(Files.readString(dir.resolve("report.md"))).contains("6 feeds on loopback, polled");
    }

    @Test
    void nonsenseArgumentsAreRefusedClearly() {
        assertThat(bench("--articles", "0")).isEqualTo(2);
        assertThat(bench("--warmup", "-1")).isEqualTo(2);
        assertThat(bench("--threads", "0")).isEqualTo(2);
        assertThat(bench("--corpus", dir.resolve("missing").toString())).isEqualTo(2);
    }
}
