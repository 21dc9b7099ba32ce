package io.wirewatch.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The UCI News Aggregator format (Gasparetti): a CSV with the header
 * {@code ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP}; TIMESTAMP in epoch
 * milliseconds, STORY the Google News story cluster. In: the CSV file, or a folder holding one.
 * Out: headline-only articles labelled with their story, sorted by time (stream order).
 */
final class UciCorpus {

    private static final List<String> HEADER =
            List.of("ID", "TITLE", "URL", "PUBLISHER", "CATEGORY", "STORY", "HOSTNAME", "TIMESTAMP");

    private UciCorpus() {
    }

    static List<EvalArticle> read(Path path) {
        Path file = path;
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path)) {
                file = files.filter(f -> f.toString().endsWith(".csv")).sorted().findFirst()
                        .orElseThrow(() -> new EvalInputException("no .csv file in " + path));
            } catch (IOException e) {
                throw new EvalInputException("cannot list " + path + ": " + e.getMessage(), e);
            }
        }
        List<EvalArticle> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !CsvLine.split(header).equals(HEADER)) {
                throw new EvalInputException(file + ":1: not a UCI News Aggregator header, expected "
                        + String.join(",", HEADER));
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = CsvLine.split(line);
                if (f.size() != HEADER.size()) {
                    throw new EvalInputException(file + ":" + number + ": expected " + HEADER.size()
                            + " fields, found " + f.size());
                }
                long millis;
                try {
                    millis = Long.parseLong(f.get(7).strip());
                } catch (NumberFormatException e) {
                    throw new EvalInputException(file + ":" + number + ": TIMESTAMP is not epoch milliseconds: " + f.get(7));
                }
                out.add(new EvalArticle("uci-" + f.get(0), f.get(3), Instant.ofEpochMilli(millis), f.get(1), "",
                        f.get(5)));
            }
        } catch (IOException e) {
            throw new EvalInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        // stable: equal timestamps keep file order
        out.sort(java.util.Comparator.comparing(EvalArticle::published));
        return out;
    }
}
