package io.wirewatch.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the bench's articles come from: a folder of text files (first line the headline, as in the
 * BBC corpus), a JSON-lines file ({@code title} and {@code text} per line), or, without a path,
 * {@link GeneratedNews}.
 */
final class BenchCorpus {

    private BenchCorpus() {
    }

    static List<BaseArticle> load(Path path, int wanted, long seed) {
        if (path == null) {
            return GeneratedNews.articles(wanted, seed);
        }
        try {
            List<BaseArticle> articles = Files.isDirectory(path) ? fromFolder(path) : fromJsonLines(path);
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("no articles in " + path);
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<BaseArticle> fromFolder(Path folder) throws IOException {
        List<BaseArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = decode(Files.readAllBytes(file)).lines().map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                if (lines.size() >= 2) {
                    articles.add(new BaseArticle(lines.get(0), lines.subList(1, lines.size())));
                }
            }
        }
        return articles;
    }

    private static List<BaseArticle> fromJsonLines(Path file) throws IOException {
        List<BaseArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = Json.mapper().readTree(line);
            String text = node.path("text").asText("");
            List<String> paragraphs = Arrays.stream(text.split("\\n+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
            if (!paragraphs.isEmpty()) {
                articles.add(new BaseArticle(node.path("title").asText(""), paragraphs));
            }
        }
        return articles;
    }

    /** UTF-8, else Latin-1: the BBC files are older than UTF-8 everywhere. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
