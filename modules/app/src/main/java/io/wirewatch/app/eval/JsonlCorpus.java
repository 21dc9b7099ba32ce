package io.wirewatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation's own format: one JSON object per line, {@code {id, source, published, title,
 * text}} and optionally {@code label}, in stream order. Blank lines are skipped; any other line
 * that is not such an object stops the run with its line number, so nothing is silently lost.
 */
final class JsonlCorpus {

    private JsonlCorpus() {
    }

    static List<EvalArticle> read(Path file) {
        List<EvalArticle> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                out.add(parse(line, file + ":" + number));
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static EvalArticle parse(String line, String where) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(line);
        } catch (IOException e) {
            throw new EvalInputException(where + ": not a JSON object: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (node == null || !node.isObject()) {
            throw new EvalInputException(where + ": not a JSON object");
        }
        String id = text(node, "id");
        String title = text(node, "title");
        String published = text(node, "published");
        if (id == null || id.isBlank()) {
            throw new EvalInputException(where + ": missing \"id\"");
        }
        if (published == null) {
            throw new EvalInputException(where + ": missing \"published\" (ISO-8601, e.g. 2014-03-10T23:41:49Z)");
        }
        Instant at;
        try {
            at = Instant.parse(published);
        } catch (DateTimeParseException e) {
            throw new EvalInputException(where + ": \"published\" is not ISO-8601: " + published);
        }
        String source = text(node, "source");
        return new EvalArticle(id, source == null ? "" : source, at, title == null ? "" : title,
                text(node, "text"), text(node, "label"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
