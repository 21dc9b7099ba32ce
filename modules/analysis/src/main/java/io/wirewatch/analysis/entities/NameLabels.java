package io.wirewatch.analysis.entities;

import io.wirewatch.model.EntityType;

/**
 * The labels the statistical name finder gives each word, BIO style: {@code O} (in no name), and
 * {@code B-X} / {@code I-X} (opens / continues a name of type X) for the four CoNLL types PER, LOC,
 * ORG, MISC. Labels are small ints so that weights and decoding work on arrays, not strings.
 */
final class NameLabels {

    /** Number of labels: O and B/I for four types. */
    static final int COUNT = 9;
    /** The word is in no name. */
    static final int O = 0;
    /** A virtual label before the first word of a sentence (decodes like O). */
    static final int START = COUNT;

    private static final EntityType[] TYPES = {EntityType.PERSON, EntityType.PLACE, EntityType.ORGANIZATION,
        EntityType.OTHER};

    private NameLabels() {
    }

    /** The label that opens a name of CoNLL type {@code conll} (PER, LOC, ORG; anything else MISC). */
    static int begin(String conll) {
        return 1 + 2 * typeIndex(conll);
    }

    /** The label that continues a name of the same type as {@code label}. */
    static int inside(int label) {
        return label == O ? O : 2 * type(label);
    }

    /** 1..4 for PER, LOC, ORG, MISC; 0 for O and START. */
    static int type(int label) {
        return label == O || label >= COUNT ? 0 : (label + 1) / 2;
    }

    static boolean isInside(int label) {
        return label > 0 && label < COUNT && label % 2 == 0;
    }

    /** BIO's one rule: a name is continued only by a word after a word of the same name type. */
    static boolean allowed(int previous, int label) {
        return !isInside(label) || type(previous) == type(label);
    }

    /** wirewatch's type of a name whose words carry {@code label}. */
    static EntityType entityType(int label) {
        return TYPES[type(label) - 1];
    }

    /** 1..4 for a mention's wirewatch type, as the gazetteer feature codes it. */
    static int typeCode(EntityType type) {
        return switch (type) {
            case PERSON -> 1;
            case PLACE -> 2;
            case ORGANIZATION -> 3;
            default -> 4;
        };
    }

    private static int typeIndex(String conll) {
        return switch (conll) {
            case "PER" -> 0;
            case "LOC" -> 1;
            case "ORG" -> 2;
            default -> 3;
        };
    }
}
