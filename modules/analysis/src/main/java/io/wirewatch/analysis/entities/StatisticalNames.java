package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Names nobody configured, found by the statistical name finder wirewatch trains on CoNLL-2003
 * (see {@link NameModelTrainer}): a text in, mentions out, typed PER/LOC/ORG/MISC as PERSON,
 * PLACE, ORGANIZATION, OTHER, with the words as written (tidied) for canonical name.
 *
 * <p>The text is split into sentences ({@link SentenceSplitter}) and words ({@link WordSpans})
 * as the training text was; the finder's memory of earlier decisions lives for one text (one
 * article), so a name tagged once is recognised again further down. The model is shared; each
 * thread gets its own finder (OpenNLP's is not thread-safe).
 */
public final class StatisticalNames implements EntityTagger {

    /** The model shipped with wirewatch, trained on eng.train. */
    public static final String SHIPPED_MODEL = "names-en.bin";

    private final NameFeatures features;
    private final ThreadLocal<NameFinderME> finder;

    public StatisticalNames(TokenNameFinderModel model, NameFeatures features) {
        this.features = features;
        this.finder = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The shipped model with the shipped features. */
    public static StatisticalNames shipped() {
        try (InputStream in = StatisticalNames.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the name model " + SHIPPED_MODEL + " is missing from the class path");
            }
            return new StatisticalNames(new TokenNameFinderModel(in), NameFeatures.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model", e);
        }
    }

    public static StatisticalNames fromFile(Path model) {
        try (InputStream in = Files.newInputStream(model)) {
            return new StatisticalNames(new TokenNameFinderModel(in), NameFeatures.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name model " + model + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<EntityMention> tag(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        NameFinderME me = finder.get();
        me.clearAdaptiveData();
        List<EntityMention> out = new ArrayList<>();
        List<Boolean> doubtful = new ArrayList<>();
        Set<String> confirmed = new HashSet<>();
        for (SentenceSplitter.Span sentence : SentenceSplitter.split(text)) {
            List<WordSpans.Word> words = WordSpans.split(text, sentence.start(), sentence.end());
            if (words.isEmpty()) {
                continue;
            }
            String[] tokens = new String[words.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = words.get(i).text();
            }
            Span[] names = me.find(tokens, features.context(tokens));
            // Capitalised words the model left out: in a headline, words capitalised for style.
            boolean heading = titleCase(tokens) && styled(tokens, names, tokens.length) >= 2;
            for (Span name : names) {
                int start = words.get(name.getStart()).start();
                int end = words.get(name.getEnd() - 1).end();
                String written = text.substring(start, end);
                String canonical = written.replaceAll("\\s+", " ");
                boolean unsure = heading || label(tokens, name);
                if (!unsure) {
                    confirmed.add(canonical);
                }
                out.add(new EntityMention(written, canonical, type(name.getType()), start, end));
                doubtful.add(unsure);
            }
        }
        // In a title-case headline or a "Mutual Benefits:" label every word is capitalised, which
        // the model (trained on running text and capitals-only headlines) takes for names: keep
        // those only when the text names them elsewhere too.
        List<EntityMention> kept = new ArrayList<>(out.size());
        for (int i = 0; i < out.size(); i++) {
            if (!doubtful.get(i) || confirmed.contains(out.get(i).canonical())) {
                kept.add(out.get(i));
            }
        }
        return kept;
    }

    /**
     * A title-case headline: words longer than a function word mostly capitalised, no figures (a
     * results line is not a headline), not in capitals only (the model knows those from training).
     */
    static boolean titleCase(String[] tokens) {
        int words = 0;
        int capitalised = 0;
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0))) {
                return false;
            }
            if (t.length() > 3 && Character.isLetter(t.charAt(0))) {
                words++;
                if (Character.isUpperCase(t.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 2 && capitalised * 4 >= words * 3 && !NameFeatures.capitals(tokens);
    }

    /** Capitalised words (not the first) among {@code tokens[0, to)} that are in no name. */
    private static int styled(String[] tokens, Span[] names, int to) {
        int count = 0;
        boolean first = true;
        for (int i = 0; i < to; i++) {
            String t = tokens[i];
            if (!Character.isLetter(t.charAt(0))) {
                continue;
            }
            boolean inName = false;
            for (Span n : names) {
                inName |= n.getStart() <= i && i < n.getEnd();
            }
            if (!first && !inName && t.length() > 2 && Character.isUpperCase(t.charAt(0))) {
                count++;
            }
            first = false;
        }
        return count;
    }

    /** The name lies in a capitalised label that opens the sentence ("5. Potential Kim Visit: ..."). */
    private static boolean label(String[] tokens, Span name) {
        for (int i = 0; i < Math.min(tokens.length, 7); i++) {
            String t = tokens[i];
            if (t.equals(":")) {
                return name.getEnd() <= i;
            }
            if (Character.isLetter(t.charAt(0)) && !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    static EntityType type(String conll) {
        if (conll == null) {
            return EntityType.OTHER;
        }
        return switch (conll) {
            case "PER" -> EntityType.PERSON;
            case "LOC" -> EntityType.PLACE;
            case "ORG" -> EntityType.ORGANIZATION;
            default -> EntityType.OTHER;
        };
    }
}
