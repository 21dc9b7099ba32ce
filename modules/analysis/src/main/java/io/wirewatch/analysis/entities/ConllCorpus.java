package io.wirewatch.analysis.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CoNLL-2003-style file (one "word POS chunk NER" line per token, blank lines between
 * sentences, "-DOCSTART-" between documents) in; its documents out, each a list of sentences with
 * their tokens and gold names.
 *
 * <p>Both tag schemes are read: IOB1 (the CoNLL-2003 files: "I-X" opens a name unless the token
 * before is in a name of the same type; "B-X" only separates two adjacent names of one type) and
 * IOB2 ("B-X" opens every name). Only the first and the last column matter, so files with just
 * "word NER" also work. A line with one column is a clear error naming the line.
 */
public final class ConllCorpus {

    /** A gold name: tokens {@code [start, end)} of its sentence, CoNLL type (PER, LOC, ORG, MISC). */
    public record Name(int start, int end, String type) {
    }

    /** One sentence: its tokens and its names. */
    public record Sentence(List<String> tokens, List<Name> names) {
    }

    /** One document (what lies between two -DOCSTART- lines). */
    public record Document(List<Sentence> sentences) {
    }

    private ConllCorpus() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty()) {
                    flush(tokens, tags, sentences);
                    continue;
                }
                String[] cols = l.split("\\s+");
                if (cols[0].equals("-DOCSTART-")) {
                    flush(tokens, tags, sentences);
                    if (!sentences.isEmpty()) {
                        docs.add(new Document(List.copyOf(sentences)));
                        sentences.clear();
                    }
                    continue;
                }
                if (cols.length < 2) {
                    throw new IOException(file + " line " + lineNo + ": expected 'word ... NER-tag', got '" + l + "'");
                }
                tokens.add(cols[0]);
                tags.add(cols[cols.length - 1]);
            }
        }
        flush(tokens, tags, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new Document(List.copyOf(sentences)));
        }
        return docs;
    }

    private static void flush(List<String> tokens, List<String> tags, List<Sentence> sentences) {
        if (tokens.isEmpty()) {
            return;
        }
        sentences.add(new Sentence(List.copyOf(tokens), names(tags)));
        tokens.clear();
        tags.clear();
    }

    /** Names from a sentence's tags (IOB1 or IOB2). */
    static List<Name> names(List<String> tags) {
        List<Name> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = tag.startsWith("B-") || (t != null && !t.equals(type));
            if (start >= 0 && (t == null || begins)) {
                out.add(new Name(start, i, type));
                start = -1;
                type = null;
            }
            if (t != null && start < 0) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
