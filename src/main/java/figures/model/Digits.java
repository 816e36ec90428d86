package figures.model;

/** Normalises the digits people type: Arabic-Indic and Eastern Arabic-Indic digits become ASCII. */
final class Digits {
    private Digits() {
    }

    static String toAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            if (c >= '\u0660' && c <= '\u0669') {
                r = (char) ('0' + (c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                r = (char) ('0' + (c - '\u06F0'));
            }
            if (r != c && b == null) {
                b = new StringBuilder(s);
            }
            if (b != null) {
                b.setCharAt(i, r);
            }
        }
        return b == null ? s : b.toString();
    }
}
