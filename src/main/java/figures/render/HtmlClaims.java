package figures.render;

import figures.model.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the html page knows of a table of claims: each claim's row, verdict as shown, anchor and
 * steps (a step belongs to the row whose id it starts with, then {@code ": "}). {@link HtmlReport}
 * lays them out.
 */
final class HtmlClaims {
    private HtmlClaims() {
    }

    /** How a claim's verdict shows: a css class and a label that says it in words. */
    enum Shown {
        INCONSISTENT("inconsistent", "✗ inconsistent"),
        UNCHECKABLE("unchecked", "? not checkable"),
        CONSISTENT("consistent", "✓ consistent"),
        PENDING("pending", "• not checked yet");

        final String css;
        final String label;

        Shown(String css, String label) {
            this.css = css;
            this.label = label;
        }

        static Shown of(Object verdict) {
            if (verdict instanceof Verdict v) {
                return switch (v) {
                    case INCONSISTENT -> INCONSISTENT;
                    case CONSISTENT -> CONSISTENT;
                    case UNCHECKED -> UNCHECKABLE;
                    default -> PENDING;
                };
            }
            return PENDING;
        }

        /** The label's symbol alone (✗, ?, ✓, •), for short tags; the legend says what each means. */
        String symbol() {
            return label.substring(0, 1);
        }
    }

    /** One claim row as the page shows it. */
    record ClaimRow(String id, String anchor, List<Object> row, Shown shown, List<String> steps) {
    }

    /** A table of claims: its rows keyed by id, in order. */
    static final class Claims {
        final ResultTable table;
        final int idCol;
        final int verdictCol;
        final Map<String, ClaimRow> byId = new LinkedHashMap<>();
        final List<String> otherSteps = new ArrayList<>();

        Claims(ResultTable t, Map<String, Integer> anchors) {
            table = t;
            idCol = column(t, "id");
            verdictCol = column(t, "verdict");
            List<String> ids = new ArrayList<>();
            Map<String, List<String>> steps = new HashMap<>();
            for (List<Object> row : t.rows()) {
                String id = String.valueOf(row.get(idCol));
                ids.add(id);
                steps.put(id, new ArrayList<>());
            }
            for (String step : t.steps()) {
                String owner = null;
                for (String id : ids) {
                    if (step.startsWith(id + ": ") && (owner == null || id.length() > owner.length())) {
                        owner = id;
                    }
                }
                if (owner == null) {
                    otherSteps.add(step);
                } else {
                    steps.get(owner).add(step.substring(owner.length() + 2));
                }
            }
            for (List<Object> row : t.rows()) {
                String id = String.valueOf(row.get(idCol));
                Shown shown = Shown.of(verdictCol < 0 ? null : row.get(verdictCol));
                byId.putIfAbsent(id, new ClaimRow(id, anchor("claim-", id, anchors), row, shown, steps.get(id)));
            }
        }

        boolean checked() {
            return verdictCol >= 0;
        }

        long count(Shown s) {
            return byId.values().stream().filter(c -> c.shown == s).count();
        }
    }

    static int column(ResultTable t, String name) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static boolean isClaims(ResultTable t) {
        return column(t, "id") >= 0 && (column(t, "verdict") >= 0 || t.article() != null);
    }

    /** A unique, stable html id for a row id: its letters, digits, '-' and '_', others as '_'; a repeat gets a number. */
    static String anchor(String prefix, String id, Map<String, Integer> used) {
        StringBuilder b = new StringBuilder(prefix);
        id.codePoints().forEach(cp -> b.append(cp < 128 && (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') ? (char) cp : '_'));
        String base = b.toString();
        int n = used.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
