package io.wirewatch.analysis.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into clauses: sentence in, clause spans (offsets into the sentence) out.
 *
 * <p>A version often restates a known claim and adds a clause ("X happened, and Y happened
 * too"); judging clauses lets only the added clause count. Splits at semicolons, spaced dashes
 * and a comma before a connective (", and", ", but", ", though", ", while", ", after", ...), and
 * at " but " and " though ". An attribution (", according to ...", ", officials said") and any
 * piece with fewer than {@value #MIN_WORDS} words stays with the clause before it: it is not a
 * claim of its own.
 */
final class Clauses {

    static final int MIN_WORDS = 5;

    private static final List<String> CUTS = List.of(
            "; ", " \u2014 ", " \u2013 ", " -- ", ", and ", ", but ", ", though ", ", although ", ", while ",
            ", whereas ", ", after ", ", before ", ", as well as ", ", which ", ", with ", ", since ", ", when ",
            ", where ", " but ", " though ", ", yet ", ", so ", ", if ", ", unless ");
    private static final List<String> ATTRIBUTIONS = List.of(
            "according to", "citing", "said", "says", "officials said", "it said", "he said", "she said",
            "they said", "reported", "per ");

    /** A clause: offsets into the sentence. */
    record Span(int start, int end) {
    }

    private Clauses() {
    }

    static List<Span> split(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        List<Integer> cuts = new ArrayList<>();
        // Many sentences have no comma or no semicolon: no need to look for each cut opening with one.
        boolean comma = lower.indexOf(',') >= 0;
        boolean semicolon = lower.indexOf(';') >= 0;
        for (String cut : CUTS) {
            char first = cut.charAt(0);
            if (first == ',') {
                continue; // below, at each comma
            }
            if (first == ';' && !semicolon) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = lower.indexOf(cut, from)) >= 0) {
                cutAt(lower, at, cuts);
                from = at + cut.length();
            }
        }
        // A cut opening with a comma is found where a comma is (no such cut overlaps itself).
        for (int at = comma ? lower.indexOf(',') : -1; at >= 0; at = lower.indexOf(',', at + 1)) {
            for (String cut : CUTS) {
                if (cut.charAt(0) == ',' && lower.startsWith(cut, at)) {
                    cutAt(lower, at, cuts);
                }
            }
        }
        // ", signaling ...", ", following ...": a participial phrase adds its own claim.
        for (int at = lower.indexOf(", "); at >= 0; at = lower.indexOf(", ", at + 2)) {
            int w = at + 2;
            int e = w;
            while (e < lower.length() && Character.isLetter(lower.charAt(e))) {
                e++;
            }
            if (e - w > 4 && lower.startsWith("ing", e - 3) && !cuts.contains(w)) {
                cuts.add(w);
            }
        }
        cuts.sort(Integer::compare);
        List<Span> pieces = new ArrayList<>();
        int prev = 0;
        for (int c : cuts) {
            pieces.add(trimmed(sentence, prev, c));
            prev = c;
        }
        pieces.add(trimmed(sentence, prev, sentence.length()));
        if (pieces.size() == 1) {
            return pieces; // one clause, whatever its length
        }

        // Attributions and fragments join the clause before them (the first one joins the next).
        List<Span> out = new ArrayList<>();
        for (Span p : pieces) {
            String text = lower.substring(p.start(), p.end());
            boolean weak = words(text) < MIN_WORDS || isAttribution(text);
            if (weak && !out.isEmpty()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), p.end()));
            } else {
                out.add(p);
            }
        }
        if (out.size() > 1) {
            String first = lower.substring(out.get(0).start(), out.get(0).end());
            if (words(first) < MIN_WORDS) {
                Span a = out.remove(0);
                Span b = out.remove(0);
                out.add(0, new Span(a.start(), b.end()));
            }
        }
        return out;
    }

    /** A cut found at {@code at}: the clause starts after the punctuation, at the connective. */
    private static void cutAt(String lower, int at, List<Integer> cuts) {
        int start = at;
        while (start < lower.length() && (lower.charAt(start) == ',' || lower.charAt(start) == ';'
                || lower.charAt(start) == ' ' || lower.charAt(start) == '\u2014' || lower.charAt(start) == '\u2013'
                || lower.charAt(start) == '-')) {
            start++;
        }
        if (start > 0 && start < lower.length() && !cuts.contains(start)) {
            cuts.add(start);
        }
    }

    private static boolean isAttribution(String clause) {
        for (String a : ATTRIBUTIONS) {
            if (clause.startsWith(a)) {
                return true;
            }
        }
        return false;
    }

    private static Span trimmed(String s, int start, int end) {
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ','
                || s.charAt(end - 1) == ';')) {
            end--;
        }
        return new Span(start, end);
    }

    private static int words(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
