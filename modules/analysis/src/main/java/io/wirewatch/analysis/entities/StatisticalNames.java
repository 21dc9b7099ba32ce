package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names nobody configured, found by wirewatch's statistical name finder (an averaged perceptron
 * over hashed word features, trained on CoNLL-2003 by {@link NameModelTrainer}): a text in,
 * mentions out, typed PER/LOC/ORG/MISC as PERSON, PLACE, ORGANIZATION, OTHER, with the words as
 * written (tidied) for canonical name.
 *
 * <p>The text is split into sentences and words as the training text was ({@link ArticleWords}),
 * the gazetteer's mentions are a feature (the built-in gazetteer's when none are given), and the
 * article is labelled as a whole ({@link ArticleNames}): a name tagged once is recognised again
 * further down. The model is shared and read-only; each thread has its own scratch buffers.
 */
public final class StatisticalNames implements NameFinder {

    /** The model shipped with wirewatch, trained on eng.train. */
    public static final String SHIPPED_MODEL = "names-en.wwnf";

    private static volatile StatisticalNames shipped;

    private final NameModel model;
    private final EntityTagger gazetteer;
    private final ThreadLocal<ArticleNames> scratch = ThreadLocal.withInitial(ArticleNames::new);

    /** A finder with {@code model}; {@code gazetteer} supplies the known mentions for {@link #tag}. */
    StatisticalNames(NameModel model, EntityTagger gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
    }

    /** The shipped model over the built-in gazetteer (read once, shared). */
    public static StatisticalNames shipped() {
        StatisticalNames s = shipped;
        if (s == null) {
            try (InputStream in = StatisticalNames.class.getResourceAsStream(SHIPPED_MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the name model " + SHIPPED_MODEL + " is missing from the class path");
                }
                s = new StatisticalNames(NameModel.read(in), DefaultGazetteer.builtIn());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the name model", e);
            }
            shipped = s;
        }
        return s;
    }

    /** A model trained with {@code wirewatch eval entities --train}, over the built-in gazetteer. */
    public static StatisticalNames fromFile(Path model) {
        return new StatisticalNames(NameModel.read(model), DefaultGazetteer.builtIn());
    }

    @Override
    public List<EntityMention> tag(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return find(text, gazetteer == null ? List.of() : gazetteer.tag(text));
    }

    @Override
    public List<EntityMention> find(String text, List<EntityMention> known) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ArticleNames article = scratch.get();
        ArticleWords words = article.words.read(text);
        int[] labels = article.label(text, known, model, null);
        WordHashes hashes = article.hashes();
        // Sized for news (a name in every 15 words or so), so the list rarely grows.
        List<EntityMention> out = new ArrayList<>(Math.max(10, words.size() / 12));
        BitSet doubtful = new BitSet();
        for (int s = 0; s < words.sentences(); s++) {
            int first = words.first(s);
            int last = words.last(s);
            int heading = -1; // not yet known: most sentences have no name to ask about
            int i = first;
            while (i < last) {
                if (labels[i] == NameLabels.O) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < last && NameLabels.isInside(labels[end])
                        && NameLabels.type(labels[end]) == NameLabels.type(labels[i])) {
                    end++;
                }
                if (heading < 0) {
                    heading = titleCase(text, words, hashes, first, last)
                            && styled(text, words, labels, first, last) >= 2 ? 1 : 0;
                }
                int start = words.start(i);
                int stop = words.end(end - 1);
                String written = text.substring(start, stop);
                if (heading == 1 || label(text, words, first, last, end)) {
                    doubtful.set(out.size());
                }
                out.add(new EntityMention(written, tidy(written), NameLabels.entityType(labels[i]), start, stop));
                i = end;
            }
        }
        return doubtful.isEmpty() ? out : confirmed(out, doubtful);
    }

    /**
     * In a title-case headline or a "Mutual Benefits:" label every word is capitalised, which the
     * model (trained on running text and capitals-only headlines) takes for names: those names
     * are kept only when the text names them elsewhere too.
     */
    private static List<EntityMention> confirmed(List<EntityMention> found, BitSet doubtful) {
        Set<String> confirmed = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            if (!doubtful.get(i)) {
                confirmed.add(found.get(i).canonical());
            }
        }
        List<EntityMention> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            if (!doubtful.get(i) || confirmed.contains(found.get(i).canonical())) {
                kept.add(found.get(i));
            }
        }
        return kept;
    }

    /** The words as written, runs of whitespace (a line break inside a name) as one space. */
    static String tidy(String written) {
        for (int k = 0; k < written.length(); k++) {
            char c = written.charAt(k);
            if (c > ' ' && c < 128) {
                continue; // no ASCII character above the space is whitespace
            }
            if (Character.isWhitespace(c) && (c != ' ' || k + 1 < written.length()
                    && Character.isWhitespace(written.charAt(k + 1)))) {
                return written.replaceAll("\\s+", " ");
            }
        }
        return written;
    }

    /**
     * A title-case headline: words longer than a function word mostly capitalised, no figures (a
     * results line is not a headline), not in capitals only (the model knows those from training).
     */
    private static boolean titleCase(String text, ArticleWords words, WordHashes hashes, int first, int last) {
        if ((hashes.flags(first) & WordHashes.CAPITALS_SENTENCE) != 0) {
            return false;
        }
        int count = 0;
        int capitalised = 0;
        for (int i = first; i < last; i++) {
            char c = text.charAt(words.start(i));
            if (Character.isDigit(c)) {
                return false;
            }
            if (words.end(i) - words.start(i) > 3 && Character.isLetter(c)) {
                count++;
                if (Character.isUpperCase(c)) {
                    capitalised++;
                }
            }
        }
        return count >= 2 && capitalised * 4 >= count * 3;
    }

    /** Capitalised words (not the first word) of the sentence that are in no name. */
    private static int styled(String text, ArticleWords words, int[] labels, int first, int last) {
        int count = 0;
        boolean firstWord = true;
        for (int i = first; i < last; i++) {
            char c = text.charAt(words.start(i));
            if (!Character.isLetter(c)) {
                continue;
            }
            if (!firstWord && labels[i] == NameLabels.O && words.end(i) - words.start(i) > 2 && Character.isUpperCase(c)) {
                count++;
            }
            firstWord = false;
        }
        return count;
    }

    /**
     * The name ending before word {@code end} lies in a capitalised label that opens the sentence
     * ("5. Potential Kim Visit: ...").
     */
    private static boolean label(String text, ArticleWords words, int first, int last, int end) {
        for (int i = first; i < Math.min(last, first + 7); i++) {
            int s = words.start(i);
            char c = text.charAt(s);
            if (c == ':' && words.end(i) == s + 1) {
                return end <= i;
            }
            if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return false;
    }
}
