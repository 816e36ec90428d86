package figures.table;

/**
 * Characters that make a group's key cell print like another key while its text differs (issue 34:
 * such a key was a group of its own that printed identically): RecordSums refuses such a key, from
 * a row's text and from a block's bytes alike, saying what this class finds.
 */
final class InvisibleKeys {
    private InvisibleKeys() {
    }

    /**
     * What makes a key cell print like another while its text differs, or null: a byte-order
     * mark, zero-width space, word joiner or soft hyphen anywhere, a no-break space at an edge
     * (issue 34: such a key was a group of its own that printed identically).
     */
    static String what(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean edge = i == 0 || i == cell.length() - 1;
            String what = switch (c) {
                case '\uFEFF' -> "a byte-order mark (U+FEFF) in";
                case '\u200B' -> "a zero-width space (U+200B) in";
                case '\u2060' -> "a word joiner (U+2060) in";
                case '\u00AD' -> "a soft hyphen (U+00AD) in";
                case '\u00A0', '\u2007', '\u202F' -> edge ? String.format("a no-break space (U+%04X) at the %s of", (int) c,
                        i == 0 ? "start" : "end") : null;
                default -> null;
            };
            if (what != null) {
                return what;
            }
        }
        return null;
    }

    /** A key cell without the characters {@link #what} finds. */
    static String without(String cell) {
        return cell.replaceAll("[\uFEFF\u200B\u2060\u00AD]", "").replaceAll("^[\u00A0\u2007\u202F]+|[\u00A0\u2007\u202F]+$", "");
    }
}
