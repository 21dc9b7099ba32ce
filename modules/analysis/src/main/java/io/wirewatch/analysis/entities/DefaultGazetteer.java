package io.wirewatch.analysis.entities;

import io.wirewatch.analysis.text.Tokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The gazetteer wirewatch ships with, and how config/entities.yaml combines with it: nothing in
 * (or the configuration file), a {@link Gazetteer} out.
 *
 * <p>Built-in entries come from two sources:
 * <ol>
 *   <li>every ISO 3166 country the JDK knows ({@link Locale#getISOCountries()}), under its English
 *   short name ({@link Locale#getDisplayCountry(Locale)}), tidied for news use ("Myanmar (Burma)"
 *   becomes Myanmar with the alias Burma, "Bosnia &amp; Herzegovina" is also "Bosnia and
 *   Herzegovina", "St. Lucia" also "Saint Lucia");</li>
 *   <li>the curated {@code builtin-entities.yaml} beside this class: demonyms, capitals and other
 *   names of countries, regions, and major international organisations and news agencies.</li>
 * </ol>
 * An entry of the curated list with the name of a JDK country extends it.
 *
 * <p>The configuration extends and overrides: a configured entity that shares its name or any
 * alias with a built-in one <em>is</em> that entity (its canonical name and type win, the aliases
 * are pooled); where a configured and a built-in entity claim the same alias, the configured one
 * gets it. Everything else is added. So config/entities.yaml holds only what the built-in list lacks
 * or gets wrong for you.
 */
public final class DefaultGazetteer {

    private static volatile Gazetteer builtIn;

    private DefaultGazetteer() {
    }

    /** The built-in gazetteer alone (built once, shared: gazetteers are immutable). */
    public static Gazetteer builtIn() {
        Gazetteer g = builtIn;
        if (g == null) {
            g = Gazetteer.of(builtInEntries());
            builtIn = g;
        }
        return g;
    }

    /** The built-in gazetteer extended and overridden by an entities file. */
    public static Gazetteer withConfig(Path entitiesFile) {
        try (InputStream in = Files.newInputStream(entitiesFile)) {
            return Gazetteer.of(combine(Gazetteer.readEntries(in), builtInEntries()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entities from " + entitiesFile, e);
        }
    }

    /** The built-in entries: JDK countries merged with the curated list. */
    public static List<Gazetteer.Entry> builtInEntries() {
        List<Gazetteer.Entry> countries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            countries.add(country(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        List<Gazetteer.Entry> curated;
        try (InputStream in = DefaultGazetteer.class.getResourceAsStream("builtin-entities.yaml")) {
            curated = Gazetteer.readEntries(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in entities", e);
        }
        return combine(curated, countries);
    }

    /**
     * Entries of {@code first} merged into {@code second}: an entry of {@code first} that shares a
     * name or alias with one of {@code second} replaces it (its name and type) and pools the
     * aliases; the result lists {@code first}'s entries before the rest, so they win alias conflicts.
     */
    static List<Gazetteer.Entry> combine(List<Gazetteer.Entry> first, List<Gazetteer.Entry> second) {
        Map<String, Integer> byName = new HashMap<>();
        List<Gazetteer.Entry> rest = new ArrayList<>(second);
        for (int i = 0; i < rest.size(); i++) {
            for (String n : names(rest.get(i))) {
                byName.putIfAbsent(Tokenizer.normalise(n), i);
            }
        }
        Map<Integer, Boolean> taken = new LinkedHashMap<>();
        List<Gazetteer.Entry> out = new ArrayList<>();
        for (Gazetteer.Entry e : first) {
            if (e == null || e.name() == null || e.name().isBlank()) {
                continue;
            }
            Set<String> aliases = new LinkedHashSet<>(e.aliases() == null ? List.of() : e.aliases());
            String type = e.type();
            for (String n : names(e)) {
                Integer match = byName.get(Tokenizer.normalise(n));
                if (match != null && taken.putIfAbsent(match, true) == null) {
                    Gazetteer.Entry other = rest.get(match);
                    aliases.addAll(names(other));
                    type = type == null ? other.type() : type;
                }
            }
            aliases.remove(e.name());
            out.add(new Gazetteer.Entry(e.name(), type, List.copyOf(aliases)));
        }
        for (int i = 0; i < rest.size(); i++) {
            if (!taken.containsKey(i)) {
                out.add(rest.get(i));
            }
        }
        return out;
    }

    private static List<String> names(Gazetteer.Entry e) {
        List<String> names = new ArrayList<>();
        names.add(e.name());
        if (e.aliases() != null) {
            for (String a : e.aliases()) {
                if (a != null && !a.isBlank()) {
                    names.add(a);
                }
            }
        }
        return names;
    }

    /** A JDK country name as news writes it, with the JDK's own spelling kept as an alias. */
    static Gazetteer.Entry country(String jdkName) {
        Set<String> aliases = new LinkedHashSet<>();
        String name = jdkName;
        if (name.endsWith(" SAR China")) {
            name = name.substring(0, name.length() - " SAR China".length());
        }
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            aliases.add(name.substring(paren + 2, name.length() - 1));
            name = name.substring(0, paren);
        }
        if (name.startsWith("Congo - ")) {
            aliases.add("Congo-" + name.substring("Congo - ".length()));
            name = name.endsWith("Kinshasa") ? "Democratic Republic of the Congo" : "Republic of the Congo";
            if (name.startsWith("Democratic")) {
                aliases.add("DR Congo");
                aliases.add("DRC");
            }
        }
        if (name.contains(" & ")) {
            aliases.add(name);
            name = name.replace(" & ", " and ");
        }
        if (name.startsWith("St. ")) {
            aliases.add(name);
            aliases.add("Saint " + name.substring(4));
        }
        if (name.equals("Côte d’Ivoire")) {
            aliases.add("Ivory Coast");
        }
        if (!name.equals(jdkName)) {
            aliases.add(jdkName);
        }
        aliases.remove(name);
        return new Gazetteer.Entry(name, "PLACE", List.copyOf(aliases));
    }
}
