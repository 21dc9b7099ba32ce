package io.wirewatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.analysis.entities.CapitalisedNames;
import io.wirewatch.analysis.entities.ConllCorpus;
import io.wirewatch.analysis.entities.DefaultGazetteer;
import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.NameModelTrainer;
import io.wirewatch.analysis.entities.NameScores;
import io.wirewatch.analysis.entities.NewsEntityTagger;
import io.wirewatch.analysis.entities.StatisticalNames;
import io.wirewatch.model.EntityMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wirewatch eval entities}: runs the entity tagger the topology runs.
 *
 * <ul>
 *   <li>{@code --input FILE}: JSON lines {@code {"id": ..., "text": ...}} in; one JSON line per
 *   input out, {@code {"id", "mentions": [{text, canonical, type, start, end}]}}. A line that is not
 *   such an object gets a one-line error on stderr naming the line, and the rest goes on.</li>
 *   <li>{@code --conll FILE}: a CoNLL-2003-style file in; entity-level precision, recall and F1
 *   per type (PER, LOC, ORG, MISC) and overall out.</li>
 *   <li>{@code --train FILE --model-out FILE}: trains the statistical name finder (under a minute
 *   on eng.train), the way the shipped {@code names-en.wwnf} was made; {@code --model FILE} then
 *   scores or runs it.</li>
 * </ul>
 * {@code --tagger} picks what runs: {@code full} (gazetteer then model, as the topology),
 * {@code gazetteer} or {@code model} alone, {@code rules} (capitalised runs typed by cues) alone,
 * or {@code gazetteer+rules} (what runs with {@code nameFinder: false}).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Tag entities in JSON lines, score the tagger on a CoNLL-2003 file, or train its model.")
public final class EvalEntitiesCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final class Mode {
        @Option(names = "--input", paramLabel = "FILE", description = "JSON lines {id, text}: prints the mentions as JSON lines.")
        Path input;
        @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-2003 file: prints precision, recall, F1 per type.")
        Path conll;
        @Option(names = "--train", paramLabel = "FILE", description = "CoNLL-2003 file to train the name model on (needs --model-out).")
        Path train;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--entities", paramLabel = "FILE", defaultValue = "config/entities.yaml",
            description = "Entities file over the built-in gazetteer (default: ${DEFAULT-VALUE}; skipped when absent).")
    Path entities;

    @Option(names = "--tagger", defaultValue = "full",
            description = "full, gazetteer, model, rules or gazetteer+rules (default: ${DEFAULT-VALUE}).")
    String tagger;

    @Option(names = "--model", paramLabel = "FILE", description = "A name model file instead of the shipped one.")
    Path model;

    @Option(names = "--model-out", paramLabel = "FILE", description = "Where --train writes the model.")
    Path modelOut;

    @Option(names = "--epochs", defaultValue = "" + NameModelTrainer.EPOCHS,
            description = "Training passes over the corpus (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", defaultValue = "" + NameModelTrainer.BITS,
            description = "The weight table has 2^bits rows (default: ${DEFAULT-VALUE}).")
    int bits;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (mode.train != null) {
            if (modelOut == null) {
                err.println("wirewatch eval entities: --train needs --model-out FILE");
                return 2;
            }
            if (!exists(mode.train, err)) {
                return 2;
            }
            new NameModelTrainer(epochs, bits, DefaultGazetteer.builtIn()).train(mode.train, modelOut);
            out.printf("model written to %s (%,d bytes)%n", modelOut, Files.size(modelOut));
            return 0;
        }
        if (!exists(mode.conll != null ? mode.conll : mode.input, err)) {
            return 2;
        }
        EntityTagger t = tagger();
        if (mode.conll != null) {
            printScores(new NameScores().score(ConllCorpus.read(mode.conll), t), out);
            return 0;
        }
        return tagLines(t, mode.input, out, err);
    }

    private EntityTagger tagger() {
        Gazetteer gazetteer = Files.isRegularFile(entities) ? DefaultGazetteer.withConfig(entities)
                : DefaultGazetteer.builtIn();
        StatisticalNames names = model == null ? null : StatisticalNames.fromFile(model);
        return switch (tagger.toLowerCase(Locale.ROOT)) {
            case "gazetteer" -> gazetteer;
            case "rules" -> new CapitalisedNames();
            case "gazetteer+rules" -> new NewsEntityTagger(gazetteer, new CapitalisedNames());
            case "model" -> names != null ? names : StatisticalNames.shipped();
            case "full" -> new NewsEntityTagger(gazetteer, names != null ? names : StatisticalNames.shipped());
            default -> throw new IllegalArgumentException(
                    "--tagger must be full, gazetteer, model, rules or gazetteer+rules, not '" + tagger + "'");
        };
    }

    static int tagLines(EntityTagger tagger, Path input, PrintWriter out, PrintWriter err) throws IOException {
        int bad = 0;
        try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    node = null;
                }
                if (node == null || !node.isObject() || !node.path("text").isTextual()) {
                    err.printf("%s line %d: expected {\"id\": ..., \"text\": \"...\"}, skipped%n", input, lineNo);
                    bad++;
                    continue;
                }
                ObjectNode result = JSON.createObjectNode();
                result.set("id", node.get("id"));
                ArrayNode mentions = result.putArray("mentions");
                for (EntityMention m : tagger.tag(node.get("text").asText())) {
                    mentions.addObject().put("text", m.text()).put("canonical", m.canonical())
                            .put("type", m.type().name()).put("start", m.start()).put("end", m.end());
                }
                out.println(JSON.writeValueAsString(result));
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : 1;
    }

    static void printScores(NameScores scores, PrintWriter out) {
        out.printf("%-8s %9s %9s %9s %7s%n", "type", "precision", "recall", "F1", "gold");
        for (Map.Entry<String, NameScores.Count> e : scores.byType().entrySet()) {
            print(out, e.getKey(), e.getValue());
        }
        print(out, "overall", scores.overall());
        out.flush();
    }

    private static void print(PrintWriter out, String type, NameScores.Count c) {
        out.printf(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %7d%n", type, c.precision(), c.recall(), c.f1(), c.gold());
    }

    private static boolean exists(Path file, PrintWriter err) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        err.println("wirewatch eval entities: no such file: " + file);
        err.flush();
        return false;
    }
}
