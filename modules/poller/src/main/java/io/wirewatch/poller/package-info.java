/**
 * The poller: RSS/Atom over HTTP in, new {@code RawArticle}s on {@code wirewatch.articles.raw} out.
 *
 * <pre>
 * FeedSource ──► FeedFetcher ──► FetchResult (200 body | 304 | failure reason)
 *                 conditional GET, gzip, timeouts, size cap
 *            ──► FeedParser ──► ParseResult (RawArticles | failure reason)
 *                 Rome + XmlReader charsets, DOCTYPE refused, ArticleIdentity ids
 *            ──► Poller: only ids not in FeedMemory, oldest first, first poll capped
 *            ──► ArticlePublisher ──► wirewatch.articles.raw   (acknowledged, record time = fetch time)
 *            ──► FeedStateStore   ──► wirewatch.feed-state     (after the articles; restored on start)
 * </pre>
 *
 * {@link io.wirewatch.poller.Poller} is the entry point; everything else is a step it delegates to.
 */
package io.wirewatch.poller;
