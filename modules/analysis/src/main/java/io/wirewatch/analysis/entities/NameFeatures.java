package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityMention;
import java.util.List;

/**
 * The per-token context the statistical name finder sees beyond OpenNLP's own features: a
 * sentence's tokens in, one array of feature strings per token out.
 *
 * <ul>
 *   <li>{@code caps}: the sentence is written in capitals (a headline such as "LEICESTERSHIRE TAKE
 *   OVER"), where capitalisation says nothing about names;</li>
 *   <li>{@code gaz=TYPE} / {@code gaz=TYPE-alias}: the token lies in a mention of the built-in
 *   gazetteer (countries, capitals, demonyms, organisations), under its canonical name or an alias
 *   (a demonym, a capital), so a country never seen in training is still a place.</li>
 * </ul>
 * Training and tagging must compute these the same way: both call {@link #context(String[])}.
 */
public final class NameFeatures {

    private final EntityTagger gazetteer;

    public NameFeatures(EntityTagger gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The features of the shipped model: the built-in gazetteer's. */
    public static NameFeatures standard() {
        return new NameFeatures(DefaultGazetteer.builtIn());
    }

    public String[][] context(String[] tokens) {
        String[][] out = new String[tokens.length][];
        boolean caps = capitals(tokens);
        String[] gaz = new String[tokens.length];
        if (gazetteer != null) {
            StringBuilder text = new StringBuilder();
            int[] starts = new int[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                starts[i] = text.length();
                text.append(tokens[i]);
            }
            List<EntityMention> mentions = gazetteer.tag(text.toString());
            int t = 0;
            for (EntityMention m : mentions) {
                String value = "gaz=" + m.type() + (alias(m) ? "-alias" : "");
                while (t < tokens.length && starts[t] + tokens[t].length() <= m.start()) {
                    t++;
                }
                for (int k = t; k < tokens.length && starts[k] < m.end(); k++) {
                    gaz[k] = value;
                }
            }
        }
        for (int i = 0; i < tokens.length; i++) {
            if (caps && gaz[i] != null) {
                out[i] = new String[] {"caps", gaz[i]};
            } else if (caps) {
                out[i] = new String[] {"caps"};
            } else if (gaz[i] != null) {
                out[i] = new String[] {gaz[i]};
            } else {
                out[i] = new String[0];
            }
        }
        return out;
    }

    private static boolean alias(EntityMention m) {
        return !io.wirewatch.analysis.text.Tokenizer.normalise(m.text())
                .equals(io.wirewatch.analysis.text.Tokenizer.normalise(m.canonical()));
    }

    /** Most letters of the sentence are capitals (a headline or a dateline, not a name). */
    static boolean capitals(String[] tokens) {
        int letters = 0;
        int upper = 0;
        for (String t : tokens) {
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
        }
        return letters >= 6 && upper * 10 >= letters * 8;
    }
}
