package io.wirewatch.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The truth for {@code --score}: JSONL of {@code {id, label}} in, article id to true story out. */
final class LabelFile {

    private LabelFile() {
    }

    static Map<String, String> read(Path file) {
        Map<String, String> labels = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.mapper().readTree(line);
                } catch (IOException e) {
                    throw new EvalInputException(file + ":" + number + ": not a JSON object");
                }
                JsonNode id = node == null ? null : node.get("id");
                JsonNode label = node == null ? null : node.get("label");
                if (id == null || label == null || id.isNull() || label.isNull()) {
                    throw new EvalInputException(file + ":" + number + ": expected {\"id\": ..., \"label\": ...}");
                }
                labels.put(id.asText(), label.asText());
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return labels;
    }
}
