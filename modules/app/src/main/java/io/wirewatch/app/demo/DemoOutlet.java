package io.wirewatch.app.demo;

import java.util.List;

/**
 * One outlet of the demo: a feed of bundled articles (demo/outlets.yaml).
 *
 * @param id     feed id and path on the demo server
 * @param name   outlet name, as alerts show it
 * @param format "rss" (RSS 2.0) or "atom" (Atom 1.0)
 * @param items  its articles
 */
public record DemoOutlet(String id, String name, String format, List<Item> items) {

    /**
     * @param file                bundled text under demo/: first line headline, then paragraphs
     * @param slug                last path segment of the article's link
     * @param publishedMinutesAgo publication time relative to the demo's start
     */
    public record Item(String file, String slug, int publishedMinutesAgo) {
    }
}
