package figures.render;

import java.util.regex.Pattern;

/** Cell-level escaping for machine formats. */
final class Cells {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");

    private Cells() {
    }

    /**
     * A text cell made safe for CSV/TSV: a cell a spreadsheet would run as a formula (starting
     * with {@code = + - @}, tab or CR, and not a plain number such as {@code -5}) gets a leading
     * apostrophe; delimiters, quotes and line breaks are quoted (CSV) or replaced by spaces (TSV).
     */
    static String safe(String s, char sep) {
        String t = s;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(t).matches()) {
            t = "'" + t;
        }
        if (sep == '\t') {
            return t.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        }
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    static String jsonString(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
