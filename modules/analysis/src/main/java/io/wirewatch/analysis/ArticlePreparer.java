package io.wirewatch.analysis;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.text.Boilerplate;
import io.wirewatch.analysis.text.ContentHash;
import io.wirewatch.analysis.text.HtmlCleaner;
import io.wirewatch.analysis.text.MinHasher;
import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.analysis.text.Terms;
import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Sentence;
import io.wirewatch.model.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 1 of the topology ("prepare"): a {@link RawArticle} in, an {@link Article} out with clean
 * text, sentences (each with its boilerplate verdict), entity mentions, topics and a
 * {@link Signature}; the story fields stay null for the cluster stage. Stateless and thread-safe.
 *
 * <p>The signature: the content hash covers the whole clean body (not the headline: the same body
 * under another headline is a duplicate); the MinHash and the terms cover the non-boilerplate
 * sentences only, so a link list or a recap does not make two articles look alike; the terms
 * also include the headline's words, which name the story best.
 */
public final class ArticlePreparer {

    private final EntityTagger tagger;
    private final TopicRules topics;

    public ArticlePreparer(EntityTagger tagger, TopicRules topics) {
        this.tagger = tagger == null ? Gazetteer.empty() : tagger;
        this.topics = topics == null ? TopicRules.none() : topics;
    }

    public Article prepare(RawArticle raw) {
        String title = HtmlCleaner.cleanInline(raw.title());
        String text = HtmlCleaner.clean(raw.body());

        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);
        boolean[] boilerplate = Boilerplate.mark(text, spans);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span s = spans.get(i);
            sentences.add(new Sentence(text.substring(s.start(), s.end()), s.start(), boilerplate[i]));
        }

        List<Token> tokens = Tokenizer.tokens(text);
        List<EntityMention> entities = tagger instanceof Gazetteer g ? g.tag(text, tokens) : tagger.tag(text);
        List<String> topicNames = topics.match(title + "\n" + text, entities);

        Signature signature = signature(title, tokens, spans, boilerplate);
        return new Article(raw.id(), raw.feedId(), raw.source(), raw.url(), title, raw.published(), raw.fetched(),
                text, sentences, entities, topicNames, signature, null, null, null);
    }

    private static Signature signature(String title, List<Token> tokens, List<SentenceSplitter.Span> spans,
                                       boolean[] boilerplate) {
        List<Token> titleTokens = Tokenizer.tokens(title);
        String contentHash = ContentHash.of(tokens, titleTokens);

        // Tokens of the sentences that are news; all tokens when every sentence is boilerplate.
        List<Token> news = new ArrayList<>(tokens.size());
        int span = 0;
        for (Token t : tokens) {
            while (span < spans.size() && spans.get(span).end() <= t.start()) {
                span++;
            }
            boolean inSpan = span < spans.size() && spans.get(span).start() <= t.start();
            if (!inSpan || !boilerplate[span]) {
                news.add(t);
            }
        }
        if (news.isEmpty()) {
            news = tokens;
        }

        List<String> shingleWords = new ArrayList<>(news.size());
        Map<String, Integer> terms = new HashMap<>();
        for (Token t : news) {
            shingleWords.add(t.norm());
            String term = Terms.term(t);
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        for (Token t : titleTokens) {
            String term = Terms.term(t);
            if (term != null) {
                terms.merge(term, 1, Integer::sum);
            }
        }
        return new Signature(contentHash, MinHasher.signature(shingleWords), terms);
    }
}
