package io.wirewatch.benchmarks;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.facts.FactJudge;
import io.wirewatch.analysis.facts.Novelty;
import io.wirewatch.analysis.facts.NoveltySettings;
import io.wirewatch.model.Article;
import io.wirewatch.model.Fact;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The facts stage's judgement of one version against a story's memory, as the topology runs it.
 *
 * <p>In: real news text (a folder of BBC articles, first line the title, from
 * {@code ../shared/corpora/articles-bbc}), the gazetteer of {@code config/entities.yaml}. The
 * memory is the first {@link #claims} claims of the folder's articles; the version is 40
 * sentences, half restating the memory's articles and half from an article the memory has not
 * seen. Out: time per version ({@link FactJudge#judge}, the memory's claims analysed afresh as
 * the topology does for each version), and for the comparison alone, time per version against
 * claims analysed once ({@link FactJudge.Prepared}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FactComparisonBenchmark {

    static final int VERSION_SENTENCES = 40;

    @Param("../shared/corpora/articles-bbc/politics")
    public String corpus;

    @Param("config/entities.yaml")
    public String entities;

    @Param("500")
    public int claims;

    private FactJudge judge;
    private List<Fact> known;
    private FactJudge.Prepared prepared;
    private Article version;

    @Setup
    public void read() throws IOException {
        Gazetteer gazetteer = Gazetteer.fromYaml(Path.of(entities));
        judge = new FactJudge(NoveltySettings.defaults(), gazetteer);
        ArticlePreparer preparer = new ArticlePreparer(gazetteer, TopicRules.none());
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(corpus))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        known = new ArrayList<>();
        List<String> restated = new ArrayList<>();
        int next = 0;
        while (known.size() < claims && next < files.size()) {
            Article a = preparer.prepare(raw(files.get(next++)));
            known.addAll(judge.claimsOf(a));
            for (Sentence s : a.sentences()) {
                if (!s.boilerplate() && restated.size() < VERSION_SENTENCES / 2) {
                    restated.add(s.text());
                }
            }
        }
        known = List.copyOf(known.subList(0, Math.min(claims, known.size())));
        List<String> body = new ArrayList<>(restated);
        while (body.size() < VERSION_SENTENCES && next < files.size()) {
            for (Sentence s : preparer.prepare(raw(files.get(next++))).sentences()) {
                if (!s.boilerplate() && body.size() < VERSION_SENTENCES) {
                    body.add(s.text());
                }
            }
        }
        StringBuilder html = new StringBuilder();
        body.forEach(s -> html.append("<p>").append(s).append("</p>\n"));
        version = preparer.prepare(new RawArticle("version", "bench", "Bench", null, "A version",
                null, html.toString(), Instant.EPOCH, Instant.EPOCH, List.of(), List.of()));
        prepared = judge.prepare(known);
    }

    private static RawArticle raw(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        StringBuilder html = new StringBuilder();
        lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                .forEach(l -> html.append("<p>").append(l.strip()).append("</p>\n"));
        return new RawArticle(file.getFileName().toString(), "bbc", "BBC", null, lines.get(0).strip(), null,
                html.toString(), Instant.EPOCH, Instant.EPOCH, List.of(), List.of());
    }

    /** As the topology runs it: the memory's claims analysed for each version. */
    @Benchmark
    public Novelty versionAgainstStoredClaims() {
        return judge.judge(known, version);
    }

    /** The comparison alone: the memory's claims analysed once, as a cache per story would hold them. */
    @Benchmark
    public Novelty versionAgainstPreparedClaims() {
        return judge.judge(prepared, version);
    }
}
