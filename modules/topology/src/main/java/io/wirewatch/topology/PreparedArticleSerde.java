package io.wirewatch.topology;

import io.wirewatch.model.Article;
import io.wirewatch.model.EntityMention;
import io.wirewatch.model.EntityType;
import io.wirewatch.model.Relation;
import io.wirewatch.model.Sentence;
import io.wirewatch.model.Signature;
import io.wirewatch.model.SignatureTerms;

/**
 * The form in which an {@link Article} travels between the stages, on the internal repartition
 * topics {@code cluster-input} and {@code facts-by-story}: every field of the record, in a fixed
 * order, in {@link CompactOutput}'s binary form. What leaves the topology on
 * {@code wirewatch.articles} is JSON, as subscribers expect.
 */
final class PreparedArticleSerde extends CompactSerde<Article> {

    /** Changes when the layout below changes; a running topology must drain its repartition topics first. */
    static final int FORMAT = 1;

    PreparedArticleSerde() {
        super(Article.class, FORMAT, 4096, PreparedArticleSerde::write, PreparedArticleSerde::read);
    }

    private static void write(CompactOutput out, Article a) {
        out.writeString(a.id());
        out.writeString(a.feedId());
        out.writeString(a.source());
        out.writeString(a.url());
        out.writeString(a.title());
        out.writeInstant(a.published());
        out.writeInstant(a.fetched());
        out.writeString(a.text());
        out.writeList(a.sentences(), (o, s) -> {
            o.writeString(s.text());
            o.writeCount(s.start());
            o.writeBoolean(s.boilerplate());
        });
        out.writeList(a.entities(), (o, m) -> {
            o.writeString(m.text());
            o.writeString(m.canonical());
            o.writeEnum(m.type());
            o.writeCount(m.start());
            o.writeCount(m.end());
        });
        out.writeList(a.topics(), CompactOutput::writeString);
        Signature signature = a.signature();
        out.writeBoolean(signature != null);
        if (signature != null) {
            out.writeString(signature.contentHash());
            int[] minHash = signature.minHash();
            out.writeCount(minHash.length);
            for (int h : minHash) {
                out.writeInt(h);
            }
            out.writeCount(signature.terms().size());
            signature.terms().forEach((term, count) -> {
                out.writeString(term);
                out.writeCount(count);
            });
        }
        out.writeString(a.storyId());
        out.writeEnum(a.relation());
        out.writeBoolean(a.similarity() != null);
        if (a.similarity() != null) {
            out.writeDouble(a.similarity());
        }
    }

    private static Article read(CompactInput in) {
        String id = in.readString();
        String feedId = in.readString();
        String source = in.readString();
        String url = in.readString();
        String title = in.readString();
        var published = in.readInstant();
        var fetched = in.readInstant();
        String text = in.readString();
        var sentences = in.readList(i -> new Sentence(i.readString(), i.readCount(), i.readBoolean()));
        var entities = in.readList(i -> new EntityMention(i.readString(), i.readString(), i.readEnum(EntityType.class),
                i.readCount(), i.readCount()));
        var topics = in.readList(CompactInput::readString);
        Signature signature = null;
        if (in.readBoolean()) {
            String hash = in.readString();
            int[] minHash = new int[in.readCount()];
            for (int k = 0; k < minHash.length; k++) {
                minHash[k] = in.readInt();
            }
            int n = in.readCount();
            String[] terms = new String[n];
            int[] counts = new int[n];
            long[] ids = new long[n];
            for (int k = 0; k < n; k++) {
                terms[k] = in.readString();
                counts[k] = in.readCount();
                ids[k] = SignatureTerms.id(terms[k]);
            }
            signature = new Signature(hash, minHash, SignatureTerms.of(terms, counts, ids, n));
        }
        String storyId = in.readString();
        Relation relation = in.readEnum(Relation.class);
        Double similarity = in.readBoolean() ? in.readDouble() : null;
        return new Article(id, feedId, source, url, title, published, fetched, text, sentences, entities, topics,
                signature, storyId, relation, similarity);
    }
}
