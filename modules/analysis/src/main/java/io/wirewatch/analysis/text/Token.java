package io.wirewatch.analysis.text;

/**
 * One word or number of a text, as {@link Tokenizer} found it.
 *
 * @param norm        the normalised form: lower-case, diacritics folded, apostrophes straight,
 *                    possessive "'s" removed, thousands separators removed ("10,000" becomes
 *                    "10000"), acronym periods kept ("U.S." becomes "u.s")
 * @param start       offset of the first character in the text
 * @param end         offset just past the token as written, before a possessive "'s"
 * @param capitalised the token as written starts with an upper-case letter
 * @param allCaps     the token as written has at least two letters and all are upper-case
 * @param numeric     the token starts with a digit
 */
public record Token(String norm, int start, int end, boolean capitalised, boolean allCaps, boolean numeric) {
}
