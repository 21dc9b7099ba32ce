package io.wirewatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.facts.FactJudge;
import io.wirewatch.analysis.facts.Novelty;
import io.wirewatch.analysis.facts.NoveltySettings;
import io.wirewatch.analysis.facts.RestatementModel;
import io.wirewatch.analysis.facts.Restatements;
import io.wirewatch.app.config.WirewatchConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wirewatch eval novelty}: the facts stage's judgement on labelled text pairs.
 *
 * <p>In: one of a JSON-lines file ({@code {id, known: [texts], candidate: text}} per line), the
 * MSRP paraphrase corpus (tab-separated: Quality, ids, String 1, String 2), or the STS benchmark
 * (tab-separated: genre, file, year, id, score, sentence 1, sentence 2). Out, on stdout: for
 * JSON lines one {@code {id, novel, score, newFacts}} per line; for MSRP the accuracy, precision,
 * recall and F1 of "paraphrase = not novel" (as the topology judges one way, both ways, and by
 * the decision model alone, without the judge's other conditions for news); for STS the Pearson and Spearman correlation of
 * 1 - score (how much of the candidate is known) with the gold similarity. The judge is the
 * topology's ({@link FactJudge}, the configured gazetteer and thresholds). With {@code --fit}
 * (MSRP or STS) it fits the judge's restatement model instead ({@link ModelFitting}).
 */
@Command(name = "novelty", mixinStandardHelpOptions = true,
        description = "Judge what a candidate text adds to known texts; score MSRP or STS files.")
public final class NoveltyEval implements Callable<Integer> {

    static final class Input {
        @Option(names = "--input", description = "JSON lines {id, known: [texts], candidate: text}")
        Path jsonl;
        @Option(names = "--msrp", description = "MSRP file (msr_paraphrase_train.txt): accuracy and F1")
        Path msrp;
        @Option(names = "--sts", description = "STS benchmark csv: Pearson and Spearman of similarity")
        Path sts;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "wirewatch.yaml: its gazetteer and facts thresholds (default: ${DEFAULT-VALUE})")
    Path config;

    @Option(names = "--genre", defaultValue = "main-news",
            description = "STS only: genre to keep, or 'all' (default: ${DEFAULT-VALUE})")
    String genre;

    @Option(names = "--known-threshold", description = "override facts.knownThreshold")
    Double knownThreshold;

    @Option(names = "--min-novelty", description = "override facts.minNoveltyScore")
    Double minNovelty;

    @Option(names = "--misses", defaultValue = "0", description = "MSRP only: print this many misses of each kind")
    int misses;

    @Option(names = "--fit", description = "MSRP or STS: fit the restatement model's weights to the file's labels"
            + " (cross-validated accuracy or correlation, then the weights on all of it) instead of judging")
    boolean fit;

    @Option(names = "--folds", defaultValue = "10", description = "--fit only: cross-validation folds (default: ${DEFAULT-VALUE})")
    int folds;

    PrintStream out = System.out;
    private NoveltySettings settings;

    @Override
    public Integer call() throws IOException {
        FactJudge judge = judge();
        if (fit && input.jsonl == null) {
            List<PairFile.Pair> pairs = input.msrp != null ? PairFile.msrp(input.msrp) : PairFile.sts(input.sts, genre);
            new ModelFitting(judge, out, folds).fit(pairs, input.msrp != null);
            return 0;
        }
        if (input.jsonl != null) {
            jsonLines(judge, input.jsonl);
        } else if (input.msrp != null) {
            msrp(judge, PairFile.msrp(input.msrp));
        } else {
            sts(judge, PairFile.sts(input.sts, genre));
        }
        return 0;
    }

    /** Novel as the topology decides to tell: a changed figure, or a new fact strong enough. */
    private boolean announced(Novelty n) {
        return !n.figureChanges().isEmpty() || n.strongest() >= settings.minNoveltyScore();
    }

    private FactJudge judge() {
        settings = NoveltySettings.defaults();
        Gazetteer gazetteer = Gazetteer.empty();
        if (Files.exists(config)) {
            WirewatchConfig c = WirewatchConfig.load(config);
            settings = c.facts().toSettings();
            gazetteer = Gazetteer.fromYaml(c.entitiesFile());
        }
        if (knownThreshold != null) {
            settings = settings.withKnownThreshold(knownThreshold);
        }
        if (minNovelty != null) {
            settings = new NoveltySettings(settings.knownThreshold(), settings.minInformativeWords(),
                    settings.summarySentences(), minNovelty, settings.coolDown());
        }
        return new FactJudge(settings, gazetteer);
    }

    private void jsonLines(FactJudge judge, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode in = json.readTree(line);
                List<String> known = new ArrayList<>();
                in.path("known").forEach(k -> known.add(k.asText()));
                Novelty n = judge.compare(known, in.path("candidate").asText());
                ObjectNode o = json.createObjectNode();
                o.set("id", in.get("id"));
                o.put("novel", announced(n));
                o.put("score", Math.round(n.peak() * 1000) / 1000.0);
                var facts = o.putArray("newFacts");
                n.newFacts().forEach(f -> facts.add(f.text()));
                n.figureChanges().forEach(c -> facts.add(c.text()));
                out.println(json.writeValueAsString(o));
            }
        }
    }

    private void msrp(FactJudge judge, List<PairFile.Pair> pairs) {
        BinaryTally oneWay = new BinaryTally();
        BinaryTally twoWay = new BinaryTally();
        BinaryTally decisionAlone = new BinaryTally();
        RestatementModel decision = Restatements.FITTED.decision();
        int fp = 0;
        int fn = 0;
        for (PairFile.Pair p : pairs) {
            boolean novel = announced(judge.compare(List.of(p.first()), p.second()));
            boolean either = novel || announced(judge.compare(List.of(p.second()), p.first()));
            boolean paraphrase = p.label() >= 0.5;
            // Positive class = paraphrase (MSRP's convention): "not novel".
            oneWay.add(!novel, paraphrase);
            twoWay.add(!either, paraphrase);
            // What the judge's gates (a clause with unknown words, the minimum novelty) cost: the
            // shipped decision on the same features, with nothing else asked of a new sentence.
            double restated = decision.probability(judge.features(List.of(p.first()), p.second()));
            decisionAlone.add(restated >= settings.knownThreshold(), paraphrase);
            if (novel && paraphrase && fn++ < misses) {
                out.println("MISSED PARAPHRASE\n  " + p.first() + "\n  " + p.second());
            } else if (!novel && !paraphrase && fp++ < misses) {
                out.println("FALSE PARAPHRASE\n  " + p.first() + "\n  " + p.second());
            }
        }
        print("msrp one-way (sentence 2 against 1, as the topology judges)", pairs.size(), oneWay);
        print("msrp two-way (novel when either adds to the other)", pairs.size(), twoWay);
        print("msrp decision model alone (no clause rule, no minimum novelty: what the gates cost)", pairs.size(),
                decisionAlone);
    }

    private void print(String what, int pairs, BinaryTally t) {
        out.printf("%s: pairs=%d accuracy=%.3f precision=%.3f recall=%.3f f1=%.3f (positive = paraphrase = not novel)%n",
                what, pairs, t.accuracy(), t.precision(), t.recall(), t.f1());
    }

    private void sts(FactJudge judge, List<PairFile.Pair> pairs) {
        double[] oneWay = new double[pairs.size()];
        double[] twoWay = new double[pairs.size()];
        double[] gold = new double[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            PairFile.Pair p = pairs.get(i);
            double ab = 1 - judge.compare(List.of(p.first()), p.second()).peak();
            double ba = 1 - judge.compare(List.of(p.second()), p.first()).peak();
            oneWay[i] = ab;
            twoWay[i] = ab + ba == 0 ? 0 : 2 * ab * ba / (ab + ba);
            gold[i] = p.label();
        }
        out.printf("sts one-way genre=%s pairs=%d pearson=%.3f spearman=%.3f (1 - novelty of sentence 2 against 1)%n",
                genre, pairs.size(), Correlation.pearson(oneWay, gold), Correlation.spearman(oneWay, gold));
        out.printf("sts two-way genre=%s pairs=%d pearson=%.3f spearman=%.3f (harmonic mean of both directions)%n",
                genre, pairs.size(), Correlation.pearson(twoWay, gold), Correlation.spearman(twoWay, gold));
    }
}
