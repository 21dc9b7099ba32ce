package io.wirewatch.sinks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.model.Alert;
import io.wirewatch.model.AlertEntity;
import io.wirewatch.model.AlertFact;
import io.wirewatch.model.AlertType;
import io.wirewatch.model.Json;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An alert, or a digest of many, as a Slack Block Kit message.
 *
 * <p>In: alerts. Out: the JSON body of an incoming-webhook POST: {@code text} (the notification and
 * fallback; Slack wants it with every {@code blocks}), a section with the headline linked to the
 * article, a section with the facts as bullets, a context line with the other outlets, entities and
 * topics. Every section stays within Slack's 3000 characters; feed text is mrkdwn-escaped.
 */
public final class SlackMessage {

    /** Slack rejects a section whose text is longer. */
    static final int SECTION_LIMIT = 3000;
    /** Slack allows 50 blocks; a digest keeps well below. */
    static final int DIGEST_SECTIONS = 10;
    private static final int ENTITIES_SHOWN = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private SlackMessage() {
    }

    public static String of(Alert alert) {
        ObjectNode message = Json.mapper().createObjectNode();
        message.put("text", Mrkdwn.escape(label(alert.type()) + ": " + alert.headline() + " (" + alert.source() + ")",
                SECTION_LIMIT));
        ArrayNode blocks = message.putArray("blocks");

        String byline = Mrkdwn.escape(alert.source(), 200) + (alert.time() == null ? "" : " · " + TIME.format(alert.time()));
        String head = "*" + label(alert.type()) + "* · " + Mrkdwn.link(alert.url(), Mrkdwn.escape(alert.headline(), 1500))
                + "\n_" + byline + "_";
        section(blocks, head);

        List<String> bullets = new ArrayList<>();
        for (AlertFact fact : alert.facts()) {
            bullets.add("• " + fact(fact));
        }
        if (!bullets.isEmpty()) {
            section(blocks, fit(bullets, SECTION_LIMIT, alert.facts().size()));
        }

        List<String> context = new ArrayList<>();
        List<String> others = alert.sources().stream().filter(s -> !s.equals(alert.source())).toList();
        if (!others.isEmpty()) {
            context.add("*Also reported by:* " + Mrkdwn.escape(String.join(", ", others), 900));
        }
        if (!alert.entities().isEmpty()) {
            context.add("*Entities:* " + Mrkdwn.escape(alert.entities().stream().limit(ENTITIES_SHOWN)
                    .map(AlertEntity::name).collect(Collectors.joining(", ")), 900));
        }
        if (!alert.topics().isEmpty()) {
            context.add("*Topics:* " + Mrkdwn.escape(String.join(", ", alert.topics()), 900));
        }
        // Ids tie the message to the record on wirewatch.alerts, for whoever needs to trace it.
        context.add(Mrkdwn.escape(alert.storyId() + " · " + alert.id(), 200));
        {
            ObjectNode block = blocks.addObject().put("type", "context");
            ArrayNode elements = block.putArray("elements");
            for (String c : context) {
                elements.addObject().put("type", "mrkdwn").put("text", c);
            }
        }
        return Json.write(message);
    }

    /** One message standing for many alerts that piled up: one line each, as many as Slack takes. */
    public static String digest(List<Alert> alerts) {
        ObjectNode message = Json.mapper().createObjectNode();
        message.put("text", "wirewatch digest: " + alerts.size() + " alerts");
        ArrayNode blocks = message.putArray("blocks");
        section(blocks, "*wirewatch digest* · " + alerts.size()
                + " alerts arrived faster than this channel takes them; one line each, oldest first.");
        StringBuilder current = new StringBuilder();
        int sections = 0;
        int shown = 0;
        for (Alert alert : alerts) {
            String line = "• *" + label(alert.type()) + "* " + Mrkdwn.link(alert.url(), Mrkdwn.escape(alert.headline(), 300))
                    + " (" + Mrkdwn.escape(alert.source(), 100) + ")\n";
            if (current.length() + line.length() > SECTION_LIMIT) {
                section(blocks, current.toString().strip());
                current.setLength(0);
                if (++sections == DIGEST_SECTIONS) {
                    break;
                }
            }
            current.append(line);
            shown++;
        }
        if (!current.isEmpty()) {
            section(blocks, current.toString().strip());
        }
        if (shown < alerts.size()) {
            section(blocks, "_… and " + (alerts.size() - shown) + " more on the Kafka topic wirewatch.alerts._");
        }
        return Json.write(message);
    }

    private static String fact(AlertFact fact) {
        if (fact.figure() == null) {
            return Mrkdwn.escape(fact.text(), 1000);
        }
        String was = fact.previousFigure() + (fact.previousSource() == null ? "" : ", " + fact.previousSource());
        return "*" + Mrkdwn.escape(fact.figure(), 100) + "* (was " + Mrkdwn.escape(was, 300) + "): "
                + Mrkdwn.escape(fact.text(), 1000);
    }

    /** Joins lines up to the limit; what does not fit is counted, not cut mid-line. */
    private static String fit(List<String> lines, int limit, int total) {
        // Room for the "… and N more" line, should it be needed.
        int room = limit - 40;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String line : lines) {
            if (out.length() + line.length() + 1 > room) {
                break;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
            used++;
        }
        if (used < total) {
            out.append(out.isEmpty() ? "" : "\n").append("_… and ").append(total - used).append(" more_");
        }
        return out.toString();
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", mrkdwn);
    }

    static String label(AlertType type) {
        return switch (type) {
            case NEW_STORY -> "NEW STORY";
            case NEW_FACTS -> "NEW FACTS";
            case FIGURE_CHANGED -> "FIGURE CHANGED";
        };
    }
}
