package io.wirewatch.app.eval;

import io.wirewatch.analysis.text.ContentHash;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The BBC news dataset (Greene and Cunningham): topic folders of {@code NNN.txt} files, first
 * line the headline, the rest the body. In: the dataset's root folder. Out: articles in folder
 * and file order, one every {@value #SPACING_SECONDS} seconds from {@link #START} (the files have
 * no dates; the whole set fits in one 72-hour window, the hardest case for false merges),
 * labelled with the SHA-256 of their exact text, so the truth is: byte-identical files are one
 * story (the set's known exact duplicates), every other file is a story of its own.
 */
final class BbcCorpus {

    static final Instant START = Instant.parse("2005-01-03T00:00:00Z");
    static final int SPACING_SECONDS = 60;

    private BbcCorpus() {
    }

    static List<EvalArticle> read(Path root) {
        if (!Files.isDirectory(root)) {
            throw new EvalInputException("not a folder: " + root + " (expected the BBC dataset root with topic folders)");
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(root, 2)) {
            files = all.filter(p -> p.getFileName().toString().endsWith(".txt") && !p.getParent().equals(root))
                    .sorted().toList();
        } catch (IOException e) {
            throw new EvalInputException("cannot list " + root + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new EvalInputException("no topic folders with .txt files under " + root);
        }
        List<EvalArticle> out = new ArrayList<>(files.size());
        Instant at = START;
        for (Path f : files) {
            String text;
            try {
                text = decode(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new EvalInputException("cannot read " + f + ": " + e.getMessage(), e);
            }
            int nl = text.indexOf('\n');
            String title = (nl < 0 ? text : text.substring(0, nl)).strip();
            String body = nl < 0 ? "" : text.substring(nl + 1);
            String id = "bbc-" + root.relativize(f).toString().replace('\\', '/');
            out.add(new EvalArticle(id, "BBC", at, title, body, ContentHash.sha256(text)));
            at = at.plus(Duration.ofSeconds(SPACING_SECONDS));
        }
        return out;
    }

    /** Most files are UTF-8, a few Latin-1 (a bare pound sign): strict UTF-8 first, Latin-1 if that fails. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
