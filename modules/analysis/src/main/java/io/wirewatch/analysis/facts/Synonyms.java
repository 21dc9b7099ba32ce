package io.wirewatch.analysis.facts;

import io.wirewatch.analysis.text.Terms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words news prose uses interchangeably, so that a restated claim is recognised in other words:
 * a stem in, the stem that stands for its group out. General-purpose news vocabulary (who sent,
 * met, said what), not tuned to any story; groups are kept small because every entry also
 * makes two different claims look more alike.
 */
final class Synonyms {

    private static final List<List<String>> GROUPS = List.of(
            List.of("troops", "soldiers", "servicemen"),
            List.of("send", "sent", "dispatch", "dispatched", "deploy", "deployed"),
            List.of("autumn", "fall"),
            List.of("visit", "trip", "travel", "traveled"),
            List.of("meet", "met", "meeting", "summit"),
            List.of("drill", "drills", "exercise", "exercises", "maneuvers", "wargames"),
            List.of("aid", "assistance", "help"),
            List.of("detail", "details", "specifics", "particulars"),
            List.of("american", "u.s", "americans"),
            List.of("british", "u.k", "britain"),
            List.of("weapons", "arms", "munitions", "weaponry"),
            List.of("ceasefire", "truce", "armistice"),
            List.of("kill", "killed", "dead", "deaths", "died"),
            List.of("attack", "attacks", "strike", "strikes", "assault"),
            List.of("missile", "missiles", "rocket", "rockets"),
            List.of("discuss", "discussion", "discussions", "talks"),
            List.of("nuclear", "atomic"),
            List.of("accuse", "accused", "allege", "alleged"),
            List.of("willing", "willingness"),
            List.of("possible", "potential", "potentially", "possibly"),
            List.of("economic", "economy"),
            List.of("conclude", "concluded", "conclusion", "ending", "ended"),
            List.of("spokesperson", "spokesman", "spokeswoman"),
            List.of("purpose", "agenda", "aim"),
            List.of("begin", "began", "start", "started"),
            List.of("announce", "announced", "confirm", "confirmed"),
            List.of("big", "large", "major"),
            List.of("nation", "nations", "country", "countries"));

    private static final Map<String, String> HEAD = new HashMap<>();

    static {
        for (List<String> group : GROUPS) {
            String head = Terms.stem(group.get(0));
            for (String w : group) {
                HEAD.putIfAbsent(w.indexOf('.') >= 0 ? w : Terms.stem(w), head);
            }
        }
    }

    private Synonyms() {
    }

    static String of(String stem) {
        return HEAD.getOrDefault(stem, stem);
    }
}
