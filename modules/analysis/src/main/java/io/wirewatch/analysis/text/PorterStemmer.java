package io.wirewatch.analysis.text;

/**
 * The Porter (1980) suffix-stripping stemmer: "invited" and "invitation" both become "invit",
 * "simulating" and "simulations" both "simul". Word in, stem out; lower-case ASCII letters only
 * (other words come back unchanged). Stateless per call, so one instance serves all threads.
 */
public final class PorterStemmer {

    private PorterStemmer() {
    }

    public static String stem(String word) {
        int n = word.length();
        if (n <= 2) {
            return word;
        }
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return word;
            }
        }
        Run r = new Run(word.toCharArray());
        r.step1ab();
        if (r.k > 0) {
            r.step1c();
            r.step2();
            r.step3();
            r.step4();
            r.step5();
        }
        return new String(r.b, 0, r.k + 1);
    }

    /** The working state of one stemming: buffer b, end k, suffix boundary j. */
    private static final class Run {
        final char[] b;
        int k;
        int j;

        Run(char[] b) {
            this.b = b;
            this.k = b.length - 1;
        }

        boolean cons(int i) {
            switch (b[i]) {
                case 'a', 'e', 'i', 'o', 'u':
                    return false;
                case 'y':
                    return i == 0 || !cons(i - 1);
                default:
                    return true;
            }
        }

        /** The number of consonant-vowel sequences between 0 and j. */
        int m() {
            int count = 0;
            int i = 0;
            while (true) {
                if (i > j) {
                    return count;
                }
                if (!cons(i)) {
                    break;
                }
                i++;
            }
            i++;
            while (true) {
                while (true) {
                    if (i > j) {
                        return count;
                    }
                    if (cons(i)) {
                        break;
                    }
                    i++;
                }
                i++;
                count++;
                while (true) {
                    if (i > j) {
                        return count;
                    }
                    if (!cons(i)) {
                        break;
                    }
                    i++;
                }
                i++;
            }
        }

        boolean vowelInStem() {
            for (int i = 0; i <= j; i++) {
                if (!cons(i)) {
                    return true;
                }
            }
            return false;
        }

        boolean doublec(int at) {
            return at >= 1 && b[at] == b[at - 1] && cons(at);
        }

        boolean cvc(int i) {
            if (i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2)) {
                return false;
            }
            char ch = b[i];
            return ch != 'w' && ch != 'x' && ch != 'y';
        }

        boolean ends(String s) {
            int l = s.length();
            int o = k - l + 1;
            if (o < 0) {
                return false;
            }
            for (int i = 0; i < l; i++) {
                if (b[o + i] != s.charAt(i)) {
                    return false;
                }
            }
            j = k - l;
            return true;
        }

        void setto(String s) {
            int l = s.length();
            int o = j + 1;
            for (int i = 0; i < l; i++) {
                b[o + i] = s.charAt(i);
            }
            k = j + l;
        }

        void r(String s) {
            if (m() > 0) {
                setto(s);
            }
        }

        void step1ab() {
            if (b[k] == 's') {
                if (ends("sses")) {
                    k -= 2;
                } else if (ends("ies")) {
                    setto("i");
                } else if (b[k - 1] != 's') {
                    k--;
                }
            }
            if (ends("eed")) {
                if (m() > 0) {
                    k--;
                }
            } else if ((ends("ed") || ends("ing")) && vowelInStem()) {
                k = j;
                if (ends("at")) {
                    setto("ate");
                } else if (ends("bl")) {
                    setto("ble");
                } else if (ends("iz")) {
                    setto("ize");
                } else if (doublec(k)) {
                    k--;
                    char ch = b[k];
                    if (ch == 'l' || ch == 's' || ch == 'z') {
                        k++;
                    }
                } else if (m() == 1 && cvc(k)) {
                    setto("e");
                }
            }
        }

        void step1c() {
            if (ends("y") && vowelInStem()) {
                b[k] = 'i';
            }
        }

        void step2() {
            if (k == 0) {
                return;
            }
            switch (b[k - 1]) {
                case 'a' -> {
                    if (ends("ational")) { r("ate"); } else if (ends("tional")) { r("tion"); }
                }
                case 'c' -> {
                    if (ends("enci")) { r("ence"); } else if (ends("anci")) { r("ance"); }
                }
                case 'e' -> {
                    if (ends("izer")) { r("ize"); }
                }
                case 'l' -> {
                    if (ends("bli")) { r("ble"); } else if (ends("alli")) { r("al"); } else if (ends("entli")) { r("ent"); }
                    else if (ends("eli")) { r("e"); } else if (ends("ousli")) { r("ous"); }
                }
                case 'o' -> {
                    if (ends("ization")) { r("ize"); } else if (ends("ation")) { r("ate"); } else if (ends("ator")) { r("ate"); }
                }
                case 's' -> {
                    if (ends("alism")) { r("al"); } else if (ends("iveness")) { r("ive"); } else if (ends("fulness")) { r("ful"); }
                    else if (ends("ousness")) { r("ous"); }
                }
                case 't' -> {
                    if (ends("aliti")) { r("al"); } else if (ends("iviti")) { r("ive"); } else if (ends("biliti")) { r("ble"); }
                }
                case 'g' -> {
                    if (ends("logi")) { r("log"); }
                }
                default -> {
                }
            }
        }

        void step3() {
            switch (b[k]) {
                case 'e' -> {
                    if (ends("icate")) { r("ic"); } else if (ends("ative")) { r(""); } else if (ends("alize")) { r("al"); }
                }
                case 'i' -> {
                    if (ends("iciti")) { r("ic"); }
                }
                case 'l' -> {
                    if (ends("ical")) { r("ic"); } else if (ends("ful")) { r(""); }
                }
                case 's' -> {
                    if (ends("ness")) { r(""); }
                }
                default -> {
                }
            }
        }

        void step4() {
            if (k == 0) {
                return;
            }
            boolean hit;
            switch (b[k - 1]) {
                case 'a' -> hit = ends("al");
                case 'c' -> hit = ends("ance") || ends("ence");
                case 'e' -> hit = ends("er");
                case 'i' -> hit = ends("ic");
                case 'l' -> hit = ends("able") || ends("ible");
                case 'n' -> hit = ends("ant") || ends("ement") || ends("ment") || ends("ent");
                case 'o' -> hit = (ends("ion") && j >= 0 && (b[j] == 's' || b[j] == 't')) || ends("ou");
                case 's' -> hit = ends("ism");
                case 't' -> hit = ends("ate") || ends("iti");
                case 'u' -> hit = ends("ous");
                case 'v' -> hit = ends("ive");
                case 'z' -> hit = ends("ize");
                default -> hit = false;
            }
            if (hit && m() > 1) {
                k = j;
            }
        }

        void step5() {
            j = k;
            if (b[k] == 'e') {
                int a = m();
                if (a > 1 || (a == 1 && !cvc(k - 1))) {
                    k--;
                }
            }
            if (b[k] == 'l' && doublec(k) && m() > 1) {
                k--;
            }
        }
    }
}
