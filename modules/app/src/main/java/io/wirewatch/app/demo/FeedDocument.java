package io.wirewatch.app.demo;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a demo outlet's feed as RSS 2.0 or Atom 1.0, the two formats real outlets serve most.
 * A real XML writer, so every title and body is escaped as a real feed's would be.
 */
public final class FeedDocument {

    private FeedDocument() {
    }

    public static String render(DemoOutlet outlet, String baseUrl, List<DemoArticle> articles) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            if ("atom".equals(outlet.format())) {
                atom(xml, outlet, baseUrl, articles);
            } else {
                rss(xml, outlet, baseUrl, articles);
            }
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the demo feed of " + outlet.id(), e);
        }
    }

    private static void rss(XMLStreamWriter xml, DemoOutlet outlet, String baseUrl, List<DemoArticle> articles)
            throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", outlet.name());
        element(xml, "link", baseUrl + "/" + outlet.id() + "/");
        element(xml, "description", "Demo outlet " + outlet.name());
        element(xml, "language", "en");
        for (DemoArticle article : articles) {
            xml.writeStartElement("item");
            element(xml, "title", article.headline());
            element(xml, "link", article.link());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(article.link());
            xml.writeEndElement();
            element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(article.published().atZone(ZoneOffset.UTC)));
            element(xml, "description", article.html());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void atom(XMLStreamWriter xml, DemoOutlet outlet, String baseUrl, List<DemoArticle> articles)
            throws XMLStreamException {
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", outlet.name());
        element(xml, "id", baseUrl + "/" + outlet.id() + "/");
        Instant updated = articles.stream().map(DemoArticle::published).max(Instant::compareTo).orElse(Instant.now());
        element(xml, "updated", updated.toString());
        for (DemoArticle article : articles) {
            xml.writeStartElement("entry");
            element(xml, "title", article.headline());
            element(xml, "id", article.link());
            xml.writeEmptyElement("link");
            xml.writeAttribute("href", article.link());
            element(xml, "published", article.published().toString());
            element(xml, "updated", article.published().toString());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(article.html());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
