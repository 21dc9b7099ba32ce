package io.wirewatch.analysis;

import io.wirewatch.analysis.entities.EntityTagger;
import io.wirewatch.analysis.entities.Gazetteer;
import io.wirewatch.analysis.entities.TopicRules;
import io.wirewatch.analysis.text.Boilerplate;
import io.wirewatch.analysis.text.HtmlCleaner;
import io.wirewatch.analysis.text.SentenceSplitter;
import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.RawArticle;
import io.wirewatch.model.Sentence;
import io.wirewatch.model.Signature;
import java.util.ArrayList;
import java.util.List;

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

    /** Each thread's signer, whose buffers are reused article after article. */
    private static final ThreadLocal<ArticleSigner> SCRATCH = ThreadLocal.withInitial(ArticleSigner::new);

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

        ArticleSigner signer = SCRATCH.get();
        // One reading of the body for the tagger and the signature.
        List<EntityMention> entities = tagger.tag(text, signer.readBody(text));
        Signature signature = signer.signature(title, spans, boilerplate);
        // The signer's words are the headline's and the text's: not tokenised again for the topics.
        List<String> topicNames = topics.match(signer.words(), signer.wordCount(), entities);
        return new Article(raw.id(), raw.feedId(), raw.source(), raw.url(), title, raw.published(), raw.fetched(),
                text, sentences, entities, topicNames, signature, null, null, null);
    }
}
