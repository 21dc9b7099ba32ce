package io.wirewatch.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled sentence pairs read from the corpora's files: a path in, {@link Pair}s out. MSRP
 * (tab-separated, a header line, label 1 = paraphrase) and the STS benchmark (tab-separated,
 * no header, gold similarity 0-5, some lines carry extra tab-separated source columns).
 */
final class PairFile {

    /** Two sentences and their label: 1/0 for MSRP, the 0-5 similarity for STS. */
    record Pair(String first, String second, double label) {
    }

    private PairFile() {
    }

    static List<Pair> msrp(Path file) throws IOException {
        List<Pair> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 5) {
                out.add(new Pair(f[3], f[4], Double.parseDouble(f[0].strip())));
            }
        }
        return out;
    }

    static List<Pair> sts(Path file, String genre) throws IOException {
        List<Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length >= 7 && (genre.equals("all") || f[0].equals(genre))) {
                out.add(new Pair(f[5], f[6], Double.parseDouble(f[4])));
            }
        }
        return out;
    }
}
