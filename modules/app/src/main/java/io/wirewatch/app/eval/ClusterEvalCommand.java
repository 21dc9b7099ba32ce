package io.wirewatch.app.eval;

import io.wirewatch.analysis.ArticlePreparer;
import io.wirewatch.analysis.cluster.Assignment;
import io.wirewatch.analysis.cluster.ClusterSettings;
import io.wirewatch.analysis.cluster.InMemoryStoryIndex;
import io.wirewatch.analysis.cluster.StoryClusterer;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.model.Json;
import io.wirewatch.model.Relation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch eval clusters}: runs a stream of articles through the topology's own judgement
 * ({@link ArticlePreparer} then {@link StoryClusterer}, with the configured gazetteer, topics and
 * thresholds) in order, and measures the stories it forms against the true ones.
 *
 * <p>In: a JSONL stream ({@code --input}), or a corpus read directly ({@code --uci},
 * {@code --bbc}); optional labels ({@code --score}, or a {@code label} field). Out: one line
 * {@code {id, story, finalStory, relation, similarity}} per article ({@code --output}), and on stdout the
 * relation counts and, with labels, pairwise precision, recall, F1 and the adjusted Rand index,
 * as assigned and, when stories were merged, after the merges.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Cluster a stream of articles into stories as the topology does; with labels, score it.")
public final class ClusterEvalCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--input", description = "JSONL, one {id, source, published, title, text[, label]} per line, in stream order.")
        Path input;

        @Option(names = "--uci", description = "UCI News Aggregator CSV (or its folder), labelled by STORY; headlines only.")
        Path uci;

        @Option(names = "--bbc", description = "BBC dataset root (topic folders); labelled so only byte-identical files share a story.")
        Path bbc;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--output", description = "Write {id, story, finalStory, relation, similarity} per article to this JSONL file.")
    Path output;

    @Option(names = "--score", description = "JSONL of {id, label}: the true story of each article.")
    Path score;

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration: gazetteer, topics, clustering thresholds (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--copy-threshold", description = "Override clustering.copyThreshold.")
    Double copyThreshold;

    @Option(names = "--version-threshold", description = "Override clustering.versionThreshold.")
    Double versionThreshold;

    @Option(names = "--headline-version-threshold", description = "Override clustering.headlineVersionThreshold.")
    Double headlineVersionThreshold;

    @Option(names = "--window", description = "Override clustering.window (ISO-8601 duration, e.g. PT72H).")
    Duration window;

    @Option(names = "--max-candidates", description = "Override clustering.maxCandidates.")
    Integer maxCandidates;

    @Option(names = "--spacing", description = "Re-stamp the stream one article every DURATION (ISO-8601, e.g. PT30M) "
            + "from its first article's time, in stream order: for corpora without dates (--bbc).")
    Duration spacing;

    @Option(names = "--merge-threshold", description = "Override clustering.mergeThreshold (above 1: never merge stories).")
    Double mergeThreshold;

    @Option(names = "--export", description = "Also write the input stream as JSONL (with labels) to this file: "
            + "converts --uci or --bbc to the --input format.")
    Path export;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(out);
        } catch (EvalInputException e) {
            err.println("wirewatch eval clusters: " + e.getMessage());
            return 2;
        }
    }

    private int run(PrintWriter out) {
        WirewatchConfig cfg = WirewatchConfig.load(config);
        ClusterSettings d = cfg.clustering().toSettings();
        ClusterSettings settings = new ClusterSettings(window == null ? d.window() : window,
                copyThreshold == null ? d.copyThreshold() : copyThreshold,
                versionThreshold == null ? d.versionThreshold() : versionThreshold,
                headlineVersionThreshold == null ? d.headlineVersionThreshold() : headlineVersionThreshold,
                maxCandidates == null ? d.maxCandidates() : maxCandidates,
                mergeThreshold == null ? d.mergeThreshold() : mergeThreshold);
        ArticlePreparer preparer = new ArticlePreparer(Gazetteer.fromYaml(cfg.entitiesFile()),
                TopicRules.fromYaml(cfg.topicsFile()));

        List<EvalArticle> stream = source.input != null ? JsonlCorpus.read(source.input)
                : source.uci != null ? UciCorpus.read(source.uci) : BbcCorpus.read(source.bbc);
        if (spacing != null) {
            stream = respaced(stream, spacing);
        }
        if (export != null) {
            write(export, stream.stream().map(ClusterEvalCommand::exported).toList());
        }
        Map<String, String> labels = score != null ? LabelFile.read(score) : new LinkedHashMap<>();
        for (EvalArticle a : stream) {
            if (score == null && a.label() != null) {
                labels.put(a.id(), a.label());
            }
        }

        StoryClusterer clusterer = new StoryClusterer(settings, new InMemoryStoryIndex());
        List<Assignment> assignments = new ArrayList<>(stream.size());
        List<String> stories = new ArrayList<>(stream.size());
        List<Relation> verdicts = new ArrayList<>(stream.size());
        Merges merges = new Merges();
        Map<Relation, Integer> relations = new EnumMap<>(Relation.class);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        for (EvalArticle a : stream) {
            Assignment x = clusterer.assign(preparer.prepare(a.toRaw()));
            stories.add(x.storyId());
            verdicts.add(x.relation());
            merges.record(x);
            assignments.add(x);
            relations.merge(x.relation(), 1, Integer::sum);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        if (output != null) {
            List<String> lines = new ArrayList<>(stream.size());
            for (int i = 0; i < stream.size(); i++) {
                Assignment x = assignments.get(i);
                lines.add(Json.write(new Verdict(stream.get(i).id(), x.storyId(), merges.survivor(x.storyId()),
                        x.relation(), round(x.similarity()))));
            }
            write(output, lines);
        }

        out.printf("articles %d, stories %d, %s%n", stream.size(), new HashSet<>(stories).size(), relations);
        out.printf("prepare+cluster on one thread: %.1f s (%.1f s CPU), cold JVM; docs/benchmarks.md has the JMH figures%n",
                seconds, cpuSeconds);
        out.printf("settings: window %s, copyThreshold %.2f, versionThreshold %.2f, headlineVersionThreshold %.2f, "
                        + "maxCandidates %d, mergeThreshold %.2f%n", settings.window(), settings.copyThreshold(),
                settings.versionThreshold(), settings.headlineVersionThreshold(), settings.maxCandidates(),
                settings.mergeThreshold());
        if (!labels.isEmpty()) {
            out.printf("as assigned (the story each article was placed in when it arrived):%n");
            printScore(out, stream, stories, verdicts, labels);
            if (merges.count() > 0) {
                out.printf("after merges (%d stories merged into others later; earlier articles follow them):%n",
                        merges.count());
                printScore(out, stream, stories.stream().map(merges::survivor).toList(), verdicts, labels);
            }
        }
        out.flush();
        return 0;
    }

    private static void printScore(PrintWriter out, List<EvalArticle> stream, List<String> stories,
                                   List<Relation> verdicts, Map<String, String> labels) {
        List<String> predicted = new ArrayList<>();
        List<String> truth = new ArrayList<>();
        Map<String, Set<String>> labelsOfStory = new LinkedHashMap<>();
        for (int i = 0; i < stream.size(); i++) {
            String label = labels.get(stream.get(i).id());
            if (label == null) {
                continue;
            }
            predicted.add(stories.get(i));
            truth.add(label);
            labelsOfStory.computeIfAbsent(stories.get(i), k -> new HashSet<>()).add(label);
        }
        // A joining article whose true story differs from that of the article that founded its story
        // Of those, re-publications: the same headline or the same body as an earlier member (an
        // outlet's own edit; a corpus labelled by exact bytes calls it another story)
        Map<String, String> founderLabel = new LinkedHashMap<>();
        Map<Relation, Integer> wrongJoins = new EnumMap<>(Relation.class);
        Map<String, Set<String>> seenTexts = new java.util.HashMap<>();
        int republished = 0;
        for (int i = 0; i < stream.size(); i++) {
            EvalArticle a = stream.get(i);
            String label = labels.get(a.id());
            String founder = founderLabel.putIfAbsent(stories.get(i), label == null ? "" : label);
            Set<String> texts = seenTexts.computeIfAbsent(stories.get(i), k -> new HashSet<>());
            String headline = "h:" + folded(a.title());
            String body = "b:" + folded(a.text());
            if (founder != null && label != null && !founder.isEmpty() && !founder.equals(label)) {
                wrongJoins.merge(verdicts.get(i), 1, Integer::sum);
                if (texts.contains(headline) || (body.length() > 2 && texts.contains(body))) {
                    republished++;
                }
            }
            texts.add(headline);
            texts.add(body);
        }
        int merged = 0;
        for (int i = 0; i < predicted.size(); i++) {
            if (labelsOfStory.get(predicted.get(i)).size() > 1) {
                merged++;
            }
        }
        PairCounts c = PairCounts.of(predicted, truth);
        out.printf("labelled %d articles in %d true stories%n", predicted.size(), new HashSet<>(truth).size());
        out.printf("pairwise precision %.4f, recall %.4f, F1 %.4f, adjusted Rand index %.4f%n",
                c.precision(), c.recall(), c.f1(), c.adjustedRand());
        out.printf("pairs: %d predicted together, %d truly together, %d both%n",
                c.predictedPairs(), c.truePairs(), c.truePositives());
        out.printf("articles in a story mixing true stories: %d (%.2f%%)%n", merged,
                predicted.isEmpty() ? 0.0 : 100.0 * merged / predicted.size());
        int wrong = wrongJoins.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("articles joined to a story founded by another true story, by relation: %s%n", wrongJoins);
        out.printf("  of which re-publications (same headline or same body as an earlier member): %d; "
                + "other articles: %d (%.2f%% of all)%n", republished, wrong - republished,
                stream.isEmpty() ? 0.0 : 100.0 * (wrong - republished) / stream.size());
    }

    /** The stream in the same order, the first article at its own time and each next one {@code every} later. */
    static List<EvalArticle> respaced(List<EvalArticle> stream, Duration every) {
        List<EvalArticle> out = new ArrayList<>(stream.size());
        for (int i = 0; i < stream.size(); i++) {
            EvalArticle a = stream.get(i);
            out.add(new EvalArticle(a.id(), a.source(), stream.get(0).published().plus(every.multipliedBy(i)), a.title(),
                    a.text(), a.label()));
        }
        return out;
    }

    private static String exported(EvalArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("source", a.source());
        m.put("published", a.published().toString());
        m.put("title", a.title());
        m.put("text", a.text() == null ? "" : a.text());
        if (a.label() != null) {
            m.put("label", a.label());
        }
        return Json.write(m);
    }

    private static String folded(String text) {
        return text == null ? "" : String.join(" ", text.strip().split("\\s+")).toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    private static void write(Path file, List<String> lines) {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The merges the clusterer reported, so earlier articles can be counted in the story that
     * absorbed theirs. In: each {@link Assignment}. Out: the story an id ended in.
     */
    static final class Merges {
        private final Map<String, String> into = new java.util.HashMap<>();

        void record(Assignment a) {
            for (String absorbed : a.absorbed()) {
                into.put(absorbed, a.storyId());
            }
        }

        int count() {
            return into.size();
        }

        String survivor(String storyId) {
            String s = storyId;
            for (int hop = 0; hop < into.size() && into.containsKey(s); hop++) {
                s = into.get(s);
            }
            return s;
        }
    }

    /** One output line: the story the article was placed in, and the one that story ended in after merges. */
    record Verdict(String id, String story, String finalStory, Relation relation, double similarity) {
    }
}
