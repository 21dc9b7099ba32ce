package io.wirewatch.app.bench;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * News-like articles made up from varied sentence templates and vocabularies the JDK ships
 * (countries, cities of its time zones, languages, currencies): distinct stories without shipping a
 * corpus, for the default run and the smoke test. Real figures come from a real corpus (--corpus).
 */
final class GeneratedNews {

    private static final String[] PEOPLE = {"Amara Okafor", "Lena Fischer", "Tomas Rivera", "Yuki Tanaka", "Ravi Menon",
            "Sofia Rossi", "Jonas Berg", "Aisha Rahman", "Mateo Silva", "Hana Kim", "Pavel Novak", "Grace Mensah",
            "Omar Haddad", "Ines Duarte", "Kofi Boateng", "Elena Petrova", "Liam Walsh", "Mei Chen"};
    private static final String[] BODIES = {"finance ministry", "central bank", "health agency", "port authority",
            "election commission", "energy regulator", "supreme court", "coast guard", "statistics office", "army",
            "transport ministry", "water utility", "farmers' union", "teachers' union", "competition authority"};
    private static final String[] SUBJECTS = {"wheat exports", "a rail strike", "river floods", "a power outage",
            "hospital waiting lists", "fuel prices", "a border crossing", "a mining licence", "bus fares",
            "a data breach", "a bridge collapse", "teacher salaries", "a wildfire", "fishing quotas", "a vaccine rollout",
            "housing permits", "a pension reform", "drought relief", "airport expansion", "a cyber attack"};
    private static final String[] VERBS = {"announced", "suspended", "approved", "rejected", "investigated", "extended",
            "cut", "raised", "delayed", "reviewed", "blocked", "funded"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] TEMPLATES = {
            "The %BODY% of %PLACE% %VERB% plans on %SUBJECT% on %DAY%, affecting about %N% people, officials said.",
            "%PERSON% told reporters in %CITY% that the decision followed %N% weeks of talks.",
            "Critics in %PLACE% said the move came too late, while %LANG%-language newspapers called it overdue.",
            "Costs were put at %N% million %CURRENCY%, according to documents seen by local media.",
            "Residents of %CITY% queued for hours as %SUBJECT% dominated debate in parliament.",
            "A spokesperson for the %BODY% declined to give a date for the next meeting with %PERSON%.",
            "Opposition leaders in %PLACE% demanded an inquiry into %SUBJECT% and the role of the %BODY%.",
            "Trade groups warned that %N% jobs in %CITY% could depend on the outcome.",
            "Observers from %PLACE2% were invited to monitor %SUBJECT% until %DAY%.",
            "%PERSON% said %N% complaints had been filed since the %BODY% first raised %SUBJECT%.",
    };

    private GeneratedNews() {
    }

    static List<BaseArticle> articles(int count, long seed) {
        Random random = new Random(seed);
        String[] countries = Arrays.stream(Locale.getISOCountries())
                .map(c -> new Locale("", c).getDisplayCountry(Locale.ENGLISH)).toArray(String[]::new);
        String[] cities = ZoneId.getAvailableZoneIds().stream().filter(z -> z.matches("[A-Z][a-z]+/[A-Z][A-Za-z_]+"))
                .map(z -> z.substring(z.indexOf('/') + 1).replace('_', ' ')).distinct().sorted().toArray(String[]::new);
        String[] languages = Arrays.stream(Locale.getISOLanguages()).map(l -> new Locale(l).getDisplayLanguage(Locale.ENGLISH))
                .filter(l -> l.matches("[A-Z][a-z]+")).toArray(String[]::new);
        String[] currencies = Currency.getAvailableCurrencies().stream().map(c -> c.getDisplayName(Locale.ENGLISH))
                .filter(c -> c.matches("[A-Za-z ]+")).sorted().toArray(String[]::new);
        List<BaseArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String place = pick(random, countries);
            String body = pick(random, BODIES);
            String subject = pick(random, SUBJECTS);
            String verb = pick(random, VERBS);
            List<Integer> order = new ArrayList<>();
            for (int t = 1; t < TEMPLATES.length; t++) {
                order.add(t);
            }
            java.util.Collections.shuffle(order, random);
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(fill(TEMPLATES[0], random, place, body, subject, verb, countries, cities, languages, currencies));
            for (int t : order.subList(0, 4)) {
                paragraphs.add(fill(TEMPLATES[t], random, place, body, subject, verb, countries, cities, languages, currencies));
            }
            articles.add(new BaseArticle(place + " " + body + " " + verb + " plans on " + subject + " in " + pick(random, cities),
                    paragraphs));
        }
        return articles;
    }

    private static String fill(String template, Random random, String place, String body, String subject, String verb,
                               String[] countries, String[] cities, String[] languages, String[] currencies) {
        return template.replace("%PLACE2%", pick(random, countries)).replace("%PLACE%", place).replace("%BODY%", body)
                .replace("%SUBJECT%", subject).replace("%VERB%", verb).replace("%DAY%", pick(random, DAYS))
                .replace("%PERSON%", pick(random, PEOPLE)).replace("%CITY%", pick(random, cities))
                .replace("%LANG%", pick(random, languages)).replace("%CURRENCY%", pick(random, currencies))
                .replace("%N%", Integer.toString(2 + random.nextInt(9_998)));
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
