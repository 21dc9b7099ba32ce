package io.wirewatch.benchmarks;

import io.wirewatch.analysis.entities.CapitalisedNames;
import io.wirewatch.analysis.entities.DefaultGazetteer;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.NewsEntityTagger;
import io.wirewatch.analysis.entities.StatisticalNames;
import io.wirewatch.model.EntityMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Entity tagging speed: articles of about 5 KB in, articles tagged per second out (one operation is
 * one article), for the gazetteer alone with 100,000 aliases (generated: 25,000 people,
 * organisations and places with four aliases each, on top of the built-in gazetteer), the
 * statistical name finder alone (with the built-in gazetteer's mentions as its feature), both as the topology runs them, and the gazetteer with the
 * capitalised-name rules (what runs with {@code nameFinder: false}). The setup prints how many
 * mentions an article yields, to turn articles per second into mentions per second.
 *
 * <pre>
 * ./mvnw -o -B -pl modules/benchmarks -am package -DskipTests
 * java -cp "modules/benchmarks/target/wirewatch-benchmarks.jar:modules/benchmarks/target/lib/*" \
 *   org.openjdk.jmh.Main EntityTaggingBenchmark -f 1 -wi 3 -i 5 -w 3s -r 5s -t 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EntityTaggingBenchmark {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "dor", "vat", "sel", "ix", "bra", "tun",
        "gol", "pe", "zan", "quo", "rin", "da", "mar", "sto", "vel", "ek", "ul", "har", "shi", "no"};
    private static final String[] WORDS = ("the a of to in and said on for with that was at by as from has have "
            + "will it its after before officials government would could talks troops border minister report "
            + "week statement meeting agreement security economic military visit country people percent year "
            + "new state forces attack plan deal leaders support president capital region city army").split(" ");

    private Gazetteer gazetteer;
    private StatisticalNames model;
    private NewsEntityTagger full;
    private NewsEntityTagger gazetteerAndRules;
    private List<String> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(42);
        List<Gazetteer.Entry> entries = new ArrayList<>();
        List<String> known = new ArrayList<>();
        String[] types = {"PERSON", "ORGANIZATION", "PLACE"};
        for (int i = 0; i < 25_000; i++) {
            String first = name(random);
            String last = name(random);
            String type = types[i % 3];
            String canonical = switch (type) {
                case "PERSON" -> first + " " + last;
                case "ORGANIZATION" -> first + " " + last + " Agency";
                default -> first + last;
            };
            List<String> aliases = List.of(canonical + "s", first + "-" + last, "Mr " + last + " " + i,
                    last + " " + first);
            entries.add(new Gazetteer.Entry(canonical, type, aliases));
            known.add(canonical);
        }
        entries.addAll(DefaultGazetteer.builtInEntries());
        gazetteer = Gazetteer.of(entries);
        model = StatisticalNames.shipped();
        full = new NewsEntityTagger(gazetteer, model);
        gazetteerAndRules = new NewsEntityTagger(gazetteer, new CapitalisedNames());

        articles = new ArrayList<>();
        for (int a = 0; a < 64; a++) {
            articles.add(article(random, known));
        }
        int mentions = 0;
        int found = 0;
        int length = 0;
        for (String text : articles) {
            mentions += gazetteer.tag(text).size();
            found += full.tag(text).size();
            length += text.length();
        }
        System.out.printf("%n%d articles of %d chars on average; %.1f gazetteer mentions and %.1f in all per article%n",
                articles.size(), length / articles.size(), mentions / (double) articles.size(),
                found / (double) articles.size());
    }

    private static String name(Random random) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.toString();
    }

    /** About 5 KB of sentences; one word in twelve a known name, one in thirty an unknown one. */
    private static String article(Random random, List<String> known) {
        StringBuilder sb = new StringBuilder(5200);
        while (sb.length() < 5000) {
            int words = 12 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                String word;
                int dice = random.nextInt(30);
                if (dice < 2) {
                    word = known.get(random.nextInt(known.size()));
                } else if (dice == 2) {
                    word = name(random) + " " + name(random);
                } else {
                    word = WORDS[random.nextInt(WORDS.length)];
                }
                if (w == 0) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                sb.append(word).append(w == words - 1 ? ". " : " ");
            }
        }
        return sb.toString();
    }

    private String article() {
        String text = articles.get(next);
        next = (next + 1) % articles.size();
        return text;
    }

    @Benchmark
    public List<EntityMention> gazetteer() {
        return gazetteer.tag(article());
    }

    @Benchmark
    public List<EntityMention> model() {
        return model.tag(article());
    }

    /** What runs with {@code nameFinder: false}: the gazetteer and {@link CapitalisedNames}. */
    @Benchmark
    public List<EntityMention> gazetteerAndRules() {
        return gazetteerAndRules.tag(article());
    }

    @Benchmark
    public List<EntityMention> gazetteerAndModel() {
        return full.tag(article());
    }
}
