package io.wirewatch.poller;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs the mistakes that make real feeds unparseable although every item is still there:
 * characters XML 1.0 forbids (control characters pasted from word processors, U+FFFE/U+FFFF),
 * ampersands that start no XML entity (HTML entities such as {@code &nbsp;} outside a DOCTYPE, or
 * a bare {@code &} in "AT&T"), and namespace prefixes used without a declaration
 * ({@code content:encoded} in a feed that forgot {@code xmlns:content}).
 *
 * <p>In: a feed document that failed to parse. Out: the same text with forbidden characters
 * removed, known HTML entities written as numeric references, other stray ampersands escaped,
 * and missing namespace declarations added to the root element.
 * Used only after a failure, so a well-formed document is never altered. It never adds a DOCTYPE:
 * documents that declare one stay rejected (XXE).
 */
final class XmlRepair {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    private static final Pattern AMPERSAND = Pattern.compile("&(#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|([A-Za-z][A-Za-z0-9]{0,31});)?");

    /** The HTML entities feeds use most; anything else keeps its text, escaped. */
    private static final Map<String, Integer> HTML = Map.ofEntries(
            Map.entry("nbsp", 160), Map.entry("iexcl", 161), Map.entry("cent", 162), Map.entry("pound", 163),
            Map.entry("euro", 8364), Map.entry("yen", 165), Map.entry("sect", 167), Map.entry("copy", 169),
            Map.entry("laquo", 171), Map.entry("raquo", 187), Map.entry("reg", 174), Map.entry("deg", 176),
            Map.entry("plusmn", 177), Map.entry("middot", 183), Map.entry("frac12", 189), Map.entry("iquest", 191),
            Map.entry("times", 215), Map.entry("divide", 247), Map.entry("ndash", 8211), Map.entry("mdash", 8212),
            Map.entry("lsquo", 8216), Map.entry("rsquo", 8217), Map.entry("sbquo", 8218), Map.entry("ldquo", 8220),
            Map.entry("rdquo", 8221), Map.entry("bdquo", 8222), Map.entry("bull", 8226), Map.entry("hellip", 8230),
            Map.entry("prime", 8242), Map.entry("trade", 8482), Map.entry("agrave", 224), Map.entry("aacute", 225),
            Map.entry("acirc", 226), Map.entry("auml", 228), Map.entry("ccedil", 231), Map.entry("egrave", 232),
            Map.entry("eacute", 233), Map.entry("ecirc", 234), Map.entry("euml", 235), Map.entry("iacute", 237),
            Map.entry("ntilde", 241), Map.entry("oacute", 243), Map.entry("ouml", 246), Map.entry("uacute", 250),
            Map.entry("uuml", 252), Map.entry("szlig", 223), Map.entry("Auml", 196), Map.entry("Ouml", 214),
            Map.entry("Uuml", 220), Map.entry("Eacute", 201), Map.entry("shy", 173), Map.entry("zwnj", 8204));

    private XmlRepair() {
    }

    private static final Pattern ELEMENT_PREFIX = Pattern.compile("</?([A-Za-z_][\\w.-]*):[A-Za-z_]");
    private static final Pattern ATTRIBUTE_PREFIX = Pattern.compile("\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
    private static final Pattern DECLARED = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
    private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

    /** Namespaces feeds use without declaring them (copied from templates that had the declaration). */
    private static final Map<String, String> KNOWN_NAMESPACES = Map.ofEntries(
            Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
            Map.entry("atom", "http://www.w3.org/2005/Atom"),
            Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
            Map.entry("media", "http://search.yahoo.com/mrss/"),
            Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
            Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
            Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
            Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
            Map.entry("georss", "http://www.georss.org/georss"),
            Map.entry("feedburner", "http://rssnamespace.org/feedburner/ext/1.0"));

    static String repair(String document) {
        return bindPrefixes(escapeAmpersands(FORBIDDEN.matcher(document).replaceAll("")));
    }

    /**
     * Declares, on the root element, namespace prefixes used but never declared: known ones with
     * their real URI (so Rome maps {@code content:encoded} and friends), others with a placeholder.
     */
    static String bindPrefixes(String document) {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        for (Pattern p : new Pattern[] {ELEMENT_PREFIX, ATTRIBUTE_PREFIX}) {
            Matcher m = p.matcher(document);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.remove("xmlns");
        used.remove("xml");
        Matcher declared = DECLARED.matcher(document);
        while (declared.find()) {
            used.remove(declared.group(1));
        }
        if (used.isEmpty()) {
            return document;
        }
        Matcher root = ROOT.matcher(document);
        if (!root.find()) {
            return document;
        }
        StringBuilder declarations = new StringBuilder();
        for (String prefix : used) {
            declarations.append(" xmlns:").append(prefix).append("=\"")
                    .append(KNOWN_NAMESPACES.getOrDefault(prefix, "urn:wirewatch:undeclared:" + prefix)).append('"');
        }
        return document.substring(0, root.end()) + declarations + document.substring(root.end());
    }

    private static String escapeAmpersands(String clean) {
        Matcher m = AMPERSAND.matcher(clean);
        StringBuilder out = new StringBuilder(clean.length() + 64);
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                replacement = "&amp;";
            } else if (m.group(2) == null) {
                replacement = m.group(); // a numeric reference is fine
            } else {
                String name = m.group(2);
                Integer code = HTML.get(name);
                if (name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot")
                        || name.equals("apos")) {
                    replacement = m.group();
                } else if (code != null) {
                    replacement = "&#" + code + ";";
                } else {
                    replacement = "&amp;" + name + ";";
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
