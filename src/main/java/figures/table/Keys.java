package figures.table;

import java.util.Map;

/** Detects a key stated twice in one table, naming both lines. */
final class Keys {
    private Keys() {
    }

    static void unique(Map<String, Long> seen, Row row, String key, String describe) {
        Long first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            throw row.error("the same " + describe + " is stated on line " + first + " and line " + row.line());
        }
    }
}
