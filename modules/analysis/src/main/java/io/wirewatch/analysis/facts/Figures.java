package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.text.Token;
import io.wirewatch.analysis.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbers a sentence states: text in, {@link Figure}s out, each with its words as written
 * and its value. Counts ("10,000", "three", "1.5 million"), ordinals ("sixth", "6th") and years
 * ("2024") are told apart so that only like is compared with like; ranges ("10,000-12,000",
 * "1,000 to 3,000", "between 5 and 7", "2018-19") are one figure. Used by {@link FactJudge} to
 * see a known claim restated with another number.
 */
public final class Figures {

    /** What a number counts. */
    public enum Kind { COUNT, ORDINAL, YEAR }

    /**
     * One figure of a text.
     *
     * @param text  as written ("10,000–12,000")
     * @param low   its value, or the low end of a range
     * @param high  the high end of a range, else equal to low
     */
    public record Figure(String text, double low, double high, Kind kind, int start, int end) {

        boolean sameAs(Figure o) {
            return kind == o.kind && low == o.low && high == o.high;
        }

        /** This figure is stated by {@code o}: equal, or one end of o's range. */
        boolean statedBy(Figure o) {
            return kind == o.kind && (sameAs(o) || (low == high && (low == o.low || low == o.high)));
        }

        double magnitude() {
            return Math.log10(Math.max(1e-9, (low + high) / 2));
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12),
            Map.entry("dozens", 24), Map.entry("hundreds", 200), Map.entry("thousands", 2000));
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
            Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
            Map.entry("twentieth", 20), Map.entry("hundredth", 100));
    /** A number word's value and kind. */
    private record Worded(int value, Kind kind) {
    }

    /** {@link #WORDS} and {@link #ORDINALS} in one map: one lookup per word. */
    private static final Map<String, Worded> WORDED = new java.util.HashMap<>();

    static {
        WORDS.forEach((w, v) -> WORDED.put(w, new Worded(v, Kind.COUNT)));
        ORDINALS.forEach((w, v) -> WORDED.put(w, new Worded(v, Kind.ORDINAL)));
    }

    private static final Map<String, Double> SCALES = Map.of(
            "thousand", 1e3, "million", 1e6, "millions", 1e6, "billion", 1e9, "bn", 1e9, "trillion", 1e12,
            "tn", 1e12, "mn", 1e6);

    private Figures() {
    }

    public static List<Figure> of(String text) {
        return of(text, Tokenizer.tokens(text));
    }

    /** The figures of {@code text} among some of its tokens (offsets into {@code text}). */
    static List<Figure> of(String text, List<Token> tokens) {
        List<Figure> singles = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Figure f = single(text, t);
            if (f == null) {
                continue;
            }
            // "1.5 million", "three hundred"
            if (i + 1 < tokens.size() && f.kind() == Kind.COUNT) {
                Double scale = SCALES.get(tokens.get(i + 1).norm());
                if (scale == null && tokens.get(i + 1).norm().equals("hundred")) {
                    scale = 100.0;
                }
                if (scale != null) {
                    Token s = tokens.get(i + 1);
                    f = new Figure(text.substring(t.start(), s.end()), f.low() * scale, f.high() * scale, Kind.COUNT,
                            t.start(), s.end());
                    i++;
                }
            }
            singles.add(f);
        }
        return ranges(text, singles);
    }

    private static Figure single(String text, Token t) {
        String w = t.norm();
        if (t.numeric()) {
            int k = 0;
            while (k < w.length() && (Character.isDigit(w.charAt(k)) || w.charAt(k) == '.')) {
                k++;
            }
            double v;
            try {
                v = Double.parseDouble(w.substring(0, k));
            } catch (NumberFormatException e) {
                return null;
            }
            String suffix = w.substring(k);
            Kind kind = Kind.COUNT;
            if (suffix.equals("th") || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")) {
                kind = Kind.ORDINAL;
            } else if (SCALES.containsKey(suffix)) {
                v *= SCALES.get(suffix);
            } else if (!suffix.isEmpty() && !suffix.equals("s")) {
                return null; // a code such as "F35" or "5G"
            } else if (k == 4 && v >= 1800 && v <= 2100 && text.charAt(t.start() + 1) != ',') {
                kind = Kind.YEAR;
            }
            return new Figure(text.substring(t.start(), t.end()), v, v, kind, t.start(), t.end());
        }
        Worded n = WORDED.get(w);
        return n == null ? null
                : new Figure(text.substring(t.start(), t.end()), n.value(), n.value(), n.kind(), t.start(), t.end());
    }

    /** Joins "X-Y", "X–Y", "X to Y", "between X and Y" into one figure. */
    private static List<Figure> ranges(String text, List<Figure> singles) {
        List<Figure> out = new ArrayList<>(singles.size());
        for (int i = 0; i < singles.size(); i++) {
            Figure a = singles.get(i);
            if (i + 1 < singles.size()) {
                Figure b = singles.get(i + 1);
                String between = text.substring(a.end(), b.start()).strip();
                boolean joined = between.equals("-") || between.equals("\u2013") || between.equals("\u2014")
                        || between.equals("to") || (between.equals("and") && precededByBetween(text, a.start()));
                if (joined && (a.kind() == b.kind() || (a.kind() == Kind.YEAR && b.kind() == Kind.COUNT))) {
                    double high = b.high();
                    Kind kind = a.kind();
                    if (kind == Kind.YEAR && b.kind() == Kind.COUNT && high < 100) {
                        high = Math.floor(a.low() / 100) * 100 + high; // "2018-19"
                    }
                    if (high >= a.low()) {
                        out.add(new Figure(text.substring(a.start(), b.end()), a.low(), high, kind, a.start(), b.end()));
                        i++;
                        continue;
                    }
                }
            }
            out.add(a);
        }
        return out;
    }

    private static boolean precededByBetween(String text, int at) {
        String before = text.substring(Math.max(0, at - 9), at).strip().toLowerCase();
        return before.endsWith("between");
    }
}
