package io.wirewatch.app.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the feed subscriptions of an OPML file (what every feed reader exports).
 *
 * <p>In: OPML 1.0/2.0 bytes. Out: one {@link Outline} per {@code <outline xmlUrl="...">} at any
 * depth, in document order (folders are flattened). DOCTYPEs are refused, as for feeds (XXE).
 */
final class Opml {

    /** One subscription: its feed URL and the name a reader showed for it (title, else text; may be null). */
    record Outline(String xmlUrl, String title) {
    }

    private Opml() {
    }

    static List<Outline> read(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            NodeList nodes = builder.parse(in).getElementsByTagName("outline");
            List<Outline> outlines = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String url = e.getAttribute("xmlUrl").strip();
                if (url.isEmpty()) {
                    continue;
                }
                String title = e.getAttribute("title").strip();
                if (title.isEmpty()) {
                    title = e.getAttribute("text").strip();
                }
                outlines.add(new Outline(url, title.isEmpty() ? null : title));
            }
            return outlines;
        } catch (SAXException e) {
            throw new IOException("not a readable OPML document: " + String.valueOf(e.getMessage()).strip().lines()
                    .findFirst().orElse(""), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
