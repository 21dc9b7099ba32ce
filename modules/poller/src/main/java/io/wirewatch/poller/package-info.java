/**
 * The poller: RSS/Atom/JSON feeds over HTTP in, new and edited {@code RawArticle}s on
 * {@code wirewatch.articles.raw} out.
 *
 * <pre>
 * Poller timer ──► PollSchedule (adaptive interval, hints, backoff) ──► HostGate (politeness per host)
 *   worker ──► FeedFetcher ──► FetchResult (200 body | 304 | failure reason; moved? fresh for?)
 *                 conditional GET, gzip/deflate, manual redirects, timeouts, size cap
 *          ──► FeedParser ──► FeedDocumentReader (Rome | JsonFeedReader, XmlRepair on failure)
 *                 ──► ParseResult (RawArticles with ArticleIdentity ids | failure reason)
 *          ──► FeedMemory: NEW / EDITED / KNOWN by id and text fingerprint, first poll capped
 *          ──► ArticlePublisher ──► wirewatch.articles.raw   (acknowledged, record time = fetch time)
 *          ──► FeedStateStore   ──► wirewatch.feed-state     (after the articles; restored on start)
 * </pre>
 *
 * {@link io.wirewatch.poller.Poller} is the entry point; everything else is a step it delegates to.
 */
package io.wirewatch.poller;
