package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.Fact;
import io.wirewatch.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 3 of the topology ("facts"): what a story's articles claim, and what a later version adds.
 *
 * <ul>
 *   <li>{@link #claimsOf}: an article in, its claims out: the headline and the informative,
 *       non-boilerplate sentences, as {@link Fact}s carrying the article's id, source and time.
 *       This is the memory a story's first article leaves.</li>
 *   <li>{@link #summaryOf}: the first informative sentences, quoted by a NEW_STORY alert.</li>
 *   <li>{@link #judge}: the known claims and a version in, a {@link Novelty} out. Each informative
 *       sentence of the version is weighed against the known claims covering most of it: the
 *       {@link Restatements} models read its {@link ClaimFeatures} and give the probability that
 *       it restates one, and a graded similarity. It is NEW when that probability is below
 *       {@link NoveltySettings#knownThreshold()} and some clause of it ({@link Clauses}) has less
 *       than that share of its word weight known ({@link ClaimSimilarity}); the new part is
 *       those clauses. A clause that a known claim covers (at least {@value #FIGURE_MATCH},
 *       numbers left out) but with a different figure of the same kind (count, ordinal, year) is
 *       a {@link FigureChange} instead. Facts found new are added to the memory as the version
 *       is read, so a version repeating its own news alerts once. Each new fact carries its
 *       novelty (the lower of 1 minus the probability of a restatement and its clauses' unknown
 *       share), and the {@link Novelty#peak()} is 1
 *       minus the lowest graded similarity of the version's sentences. The version's sentences
 *       reuse the entity mentions the article carries.</li>
 *     <li>{@link #prepare}: known claims analysed once ({@link Prepared}), to judge many versions
 *       against without analysing the story's memory each time.</li>
 *   <li>{@link #compare}: plain texts in (known texts, a candidate), a {@link Novelty} out, for
 *       {@code wirewatch eval novelty}.</li>
 * </ul>
 * A sentence is informative when it names an entity, states a figure or a date, or has at least
 * {@link NoveltySettings#minInformativeWords()} content words.
 *
 * <p>Entities make restatements recognisable ("Mr Shoigu" and "Sergey Shoigu"): construct with the
 * gazetteer the prepare stage uses. Stateless between calls and thread-safe; a {@link Prepared} memory is not.
 */
public final class FactJudge {

    /** Coverage (numbers left out) at which a clause with another figure restates a known claim. */
    static final double FIGURE_MATCH = 0.6;
    /** Sentences shorter than this many words are not claims ("Ukraine responded."). */
    static final int MIN_SENTENCE_WORDS = 4;

    private final NoveltySettings settings;
    private final EntityTagger tagger;
    private final ClaimSimilarity similarity;

    public FactJudge(NoveltySettings settings) {
        this(settings, Gazetteer.empty());
    }

    public FactJudge(NoveltySettings settings, EntityTagger tagger) {
        this(settings, tagger, Restatements.FITTED);
    }

    /** With other models of what restates a known claim (ones being fitted, for instance). */
    public FactJudge(NoveltySettings settings, EntityTagger tagger, Restatements models) {
        this.settings = settings == null ? NoveltySettings.defaults() : settings;
        this.tagger = tagger == null ? Gazetteer.empty() : tagger;
        this.similarity = new ClaimSimilarity(this.tagger, models == null ? Restatements.FITTED : models);
    }

    public List<Fact> claimsOf(Article article) {
        List<Fact> out = new ArrayList<>();
        if (article.title() != null && informative(article.title(), List.of())) {
            out.add(fact(article.title(), article));
        }
        for (Sentence s : article.sentences()) {
            if (!s.boilerplate() && informative(s.text(), mentionsIn(article, s))) {
                out.add(fact(s.text(), article));
            }
        }
        return out;
    }

    public List<String> summaryOf(Article article) {
        List<String> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (out.size() >= settings.summarySentences()) {
                break;
            }
            if (!s.boilerplate() && informative(s.text(), mentionsIn(article, s))) {
                out.add(s.text());
            }
        }
        return out;
    }

    /**
     * A story's known claims analysed once (words, figures, entities, weights, word index), to
     * judge versions against without analysing the claims again: the facts stage keeps one per
     * busy story. Judging leaves it as it was; {@link #extend} adds what a version added, exactly
     * as {@link #prepare} would have. Not for concurrent use.
     */
    public final class Prepared {
        private final ClaimSimilarity.Memory memory = similarity.new Memory();
        private ClaimSimilarity.Claim previous;
        private ClaimSimilarity.Claim beforePrevious;

        private Prepared() {
        }

        /** Adds known claims, after those already held. */
        public Prepared extend(List<Fact> more) {
            for (Fact f : more) {
                ClaimSimilarity.Claim c = similarity.claim(f.text(), f);
                // "He met Kim again": a claim's pronouns likely refer to the entities of the sentences before.
                Set<String> context = new HashSet<>();
                if (sameArticle(previous, f)) {
                    context.addAll(previous.entities());
                    if (sameArticle(beforePrevious, f)) {
                        context.addAll(beforePrevious.entities());
                    }
                }
                memory.add(c, context);
                beforePrevious = previous;
                previous = c;
            }
            return this;
        }

        /** How many known claims it holds. */
        public int size() {
            return memory.size();
        }
    }

    /** Known claims in, their analysis out, for {@link #judge(Prepared, Article)}. */
    public Prepared prepare(List<Fact> known) {
        return new Prepared().extend(known);
    }

    public Novelty judge(List<Fact> known, Article version) {
        return judge(prepare(known), version);
    }

    /** As {@link #judge(List, Article)}, against claims analysed before; leaves them unchanged. */
    public Novelty judge(Prepared known, Article version) {
        ClaimSimilarity.Memory memory = known.memory;
        int size = memory.size();
        try {
            return judgeAgainst(memory, version);
        } finally {
            memory.truncate(size);
        }
    }

    private Novelty judgeAgainst(ClaimSimilarity.Memory memory, Article version) {
        List<Fact> newFacts = new ArrayList<>();
        List<Double> novelties = new ArrayList<>();
        List<FigureChange> changes = new ArrayList<>();
        List<Fact> remember = new ArrayList<>();
        int informative = 0;
        int adding = 0;
        double peak = 0;
        for (Sentence s : version.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            String text = s.text();
            // Tokenised and tagged once: the sentence and each of its clauses are read from these.
            List<Token> tokens = Tokenizer.tokens(text);
            List<EntityMention> mentions = mentionsIn(version, s);
            List<EntityMention> tagged = tagged(text, tokens, mentions, s);
            SentenceReading reading = new SentenceReading(text, tokens, tagged);
            ClaimSimilarity.Claim whole = similarity.claim(reading, 0, text.length(), null);
            // The sentence as a whole is what a reader compares: the models judge it against the
            // known claims it most likely restates.
            ClaimSimilarity.Verdict verdict = memory.restated(whole);
            peak = Math.max(peak, 1 - verdict.similarity());
            if (!informative(reading, mentions, tagged)) {
                continue;
            }
            informative++;
            boolean restated = verdict.restated() >= settings.knownThreshold();
            if (restated && whole.figures().isEmpty()) {
                continue; // said before in other words, with no figure that could have changed
            }
            List<Clauses.Span> clauses = Clauses.split(text);
            List<Clauses.Span> fresh = new ArrayList<>();
            double unknown = 0;
            boolean changed = false;
            List<ClaimSimilarity.Claim> clauseClaims = new ArrayList<>(clauses.size());
            for (Clauses.Span span : clauses) {
                ClaimSimilarity.Claim c = clauses.size() == 1 ? whole
                        : similarity.part(whole, reading, span.start(), span.end(), null);
                clauseClaims.add(c);
                if (!clauseInformative(c)) {
                    continue;
                }
                FigureChange change = figureChange(c, text, memory);
                if (change != null) {
                    changes.add(change);
                    Fact f = fact(text, version);
                    remember.add(f);
                    memory.add(ClaimSimilarity.as(whole, f), Set.of());
                    changed = true;
                    continue;
                }
                if (restated) {
                    continue; // said before in other words: only a changed figure could be news
                }
                // Which part of a new sentence is new: the clauses whose words are not known. A
                // sentence the model finds new but whose every clause is known in words (a recap
                // merging known claims, a shorter restatement) adds nothing a reader would miss.
                double coverage = c == whole ? verdict.coverage() : memory.best(c, true).score();
                if (coverage < settings.knownThreshold()) {
                    fresh.add(span);
                    unknown = Math.max(unknown, 1 - coverage);
                }
            }
            for (Clauses.Span part : joined(clauses, fresh)) {
                Fact f = fact(text.substring(part.start(), part.end()), version);
                newFacts.add(f);
                // As new as both say: the model (not a restatement) and the words (not known).
                novelties.add(Math.min(1 - verdict.restated(), unknown));
                remember.add(f);
                // A new part that is one clause is that clause's claim (already analysed, maybe compared).
                int one = clauses.indexOf(part);
                memory.add(one >= 0 ? ClaimSimilarity.as(clauseClaims.get(one), f)
                        : similarity.part(whole, reading, part.start(), part.end(), f), Set.of());
            }
            if (changed || !fresh.isEmpty()) {
                adding++;
            }
        }
        double score = informative == 0 ? 0 : (double) adding / informative;
        return new Novelty(newFacts, novelties, changes, remember, score, peak);
    }

    /**
     * The entities of a version's sentence: those the article carries (tagged once when it was
     * prepared, with the whole article as context), else tagged here.
     */
    private List<EntityMention> tagged(String text, List<Token> tokens, List<EntityMention> mentions, Sentence s) {
        return mentions.isEmpty() ? similarity.tag(text, tokens) : relative(mentions, s);
    }

    /** Mentions at article offsets, moved to offsets into the sentence {@code s}. */
    private static List<EntityMention> relative(List<EntityMention> mentions, Sentence s) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            out.add(new EntityMention(m.text(), m.canonical(), m.type(), m.start() - s.start(), m.end() - s.start()));
        }
        out.sort(java.util.Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * Texts in, a {@link Novelty} out: what {@code candidate} adds to the {@code known} texts, as
     * {@link #judge} would find if the known texts were a story's memory and the candidate a
     * version. Used by {@code wirewatch eval novelty} on labelled pairs.
     */
    public Novelty compare(List<String> known, String candidate) {
        List<Fact> facts = new ArrayList<>();
        for (String k : known) {
            Article a = loose("known", k);
            for (Sentence s : a.sentences()) {
                if (!s.boilerplate()) {
                    facts.add(fact(s.text(), a));
                }
            }
        }
        return judge(facts, loose("candidate", candidate));
    }

    /**
     * Texts in, what the model reads out: the {@link ClaimFeatures} of the candidate's least
     * covered sentence against the known texts, as {@link #judge} computes them, for fitting a
     * {@link RestatementModel} to labelled pairs ({@code wirewatch eval novelty --fit}).
     */
    public double[] features(List<String> known, String candidate) {
        List<Fact> facts = new ArrayList<>();
        for (String k : known) {
            Article a = loose("known", k);
            for (Sentence s : a.sentences()) {
                facts.add(fact(s.text(), a));
            }
        }
        ClaimSimilarity.Memory memory = prepare(facts).memory;
        double[] least = null;
        Article version = loose("candidate", candidate);
        for (Sentence s : version.sentences()) {
            List<Token> tokens = Tokenizer.tokens(s.text());
            List<EntityMention> tagged = tagged(s.text(), tokens, mentionsIn(version, s), s);
            double[] x = memory.features(
                    similarity.claim(new SentenceReading(s.text(), tokens, tagged), 0, s.text().length(), null));
            if (least == null || x[0] < least[0]) {
                least = x;
            }
        }
        return least == null ? memory.features(similarity.claim(candidate, null)) : least;
    }

    /** The names of {@link #features}' signals, in order. */
    public static List<String> featureNames() {
        return ClaimFeatures.NAMES;
    }

    /** A bare text as an article: its sentences and entities. */
    private Article loose(String id, String text) {
        // Labelled pairs are prose, not pages: no line of them is navigation or a heading.
        List<Sentence> sentences = new ArrayList<>();
        for (SentenceSplitter.Span s : SentenceSplitter.split(text)) {
            sentences.add(new Sentence(text.substring(s.start(), s.end()), s.start(), false));
        }
        return new Article(id, null, id, null, null, null, null, text, sentences, tagger.tag(text), List.of(),
                null, null, null, null);
    }

    private static boolean sameArticle(ClaimSimilarity.Claim c, Fact f) {
        return c != null && c.fact() != null && f.articleId() != null && f.articleId().equals(c.fact().articleId());
    }

    /** A known claim this clause restates with another figure, or null. */
    private FigureChange figureChange(ClaimSimilarity.Claim c, String sentence, ClaimSimilarity.Memory memory) {
        if (c.figures().isEmpty()) {
            return null;
        }
        ClaimSimilarity.Match m = memory.best(c, false);
        if (m.claim() == null || m.score() < FIGURE_MATCH) {
            return null;
        }
        for (Figures.Figure f : c.figures()) {
            if (memory.states(f)) {
                continue;
            }
            Figures.Figure closest = null;
            for (Figures.Figure g : m.claim().figures()) {
                if (g.kind() == f.kind() && (closest == null
                        || Math.abs(g.magnitude() - f.magnitude()) < Math.abs(closest.magnitude() - f.magnitude()))) {
                    closest = g;
                }
            }
            if (closest != null) {
                return new FigureChange(m.claim().fact(), sentence, closest.text(), f.text());
            }
        }
        return null;
    }

    /** The new parts of a sentence: the whole of it when every clause is new, else runs of new clauses. */
    private static List<Clauses.Span> joined(List<Clauses.Span> all, List<Clauses.Span> fresh) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Clauses.Span> out = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (Clauses.Span s : all) {
            if (fresh.contains(s)) {
                if (runStart < 0) {
                    runStart = s.start();
                }
                runEnd = s.end();
            } else if (runStart >= 0) {
                out.add(new Clauses.Span(runStart, runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            out.add(new Clauses.Span(runStart, runEnd));
        }
        return out;
    }

    /** A clause worth an alert on its own: an entity, a written figure, a date, or enough words. */
    private boolean clauseInformative(ClaimSimilarity.Claim c) {
        if (!c.entities().isEmpty() || c.hasDate()) {
            return true;
        }
        int words = 0;
        for (String w : c.words()) {
            if (c.isNumeric(w)) {
                if (c.text().indexOf(w.charAt(0)) >= 0) {
                    return true; // digits as written, not "the two nations"
                }
                continue;
            }
            words++;
        }
        return words >= settings.minInformativeWords();
    }

    /** Names an entity, states a figure or a date, or has enough content words. */
    boolean informative(String text, List<EntityMention> mentions) {
        List<Token> tokens = Tokenizer.tokens(text);
        if (tokens.size() < MIN_SENTENCE_WORDS) {
            return false;
        }
        List<EntityMention> tagged = mentions.isEmpty() ? similarity.tag(text, tokens) : mentions;
        return !tagged.isEmpty() || informative(new SentenceReading(text, tokens, tagged), mentions, tagged);
    }

    private boolean informative(SentenceReading sentence, List<EntityMention> mentions, List<EntityMention> tagged) {
        if (sentence.size() < MIN_SENTENCE_WORDS) {
            return false;
        }
        if (!mentions.isEmpty() || !tagged.isEmpty()) {
            return true;
        }
        int content = 0;
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.tokens.get(i).numeric() || sentence.dates[i]) {
                return true;
            }
            if (sentence.terms[i] != null) {
                content++;
            }
        }
        return content >= settings.minInformativeWords();
    }

    private static List<EntityMention> mentionsIn(Article article, Sentence s) {
        int end = s.start() + s.text().length();
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : article.entities()) {
            if (m.start() >= s.start() && m.end() <= end) {
                out.add(m);
            }
        }
        return out;
    }

    private static Fact fact(String text, Article article) {
        return new Fact(text, article.id(), article.source(), article.published());
    }
}
