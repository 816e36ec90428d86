package figures.render;

import figures.model.Amount;
import figures.model.Decimals;
import figures.model.Percent;
import figures.model.PercentPoints;
import figures.model.Period;
import figures.model.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that turns result tables into text, for every format. Human formats (table, md)
 * scale money for reading ({@code 9.782 bn USD}) and round to --digits significant digits;
 * machine formats (csv, tsv, json) write exact plain decimals and put currencies in their own
 * column.
 */
public final class Renderer {
    /** How to render: format, significant digits for humans, whether to show steps, colour. */
    public record Options(Format format, int digits, boolean explain, boolean color) {
        public static Options defaults() {
            return new Options(Format.TABLE, 4, false, false);
        }
    }

    private static final String RED = "\u001B[31m", GREEN = "\u001B[32m", RESET = "\u001B[0m";

    private final Options options;

    public Renderer(Options options) {
        this.options = options;
    }

    public String render(ResultTable t) {
        StringBuilder out = new StringBuilder();
        render(t, out, () -> { });
        return out.toString();
    }

    /**
     * Writes the rendering to {@code out} as it goes: csv, tsv and json a few rows at a time, so a
     * result of a million rows is never one String (the human formats align columns, so they
     * render whole). An I/O error of {@code out} comes back as an {@link UncheckedIOException}.
     */
    public void render(ResultTable t, Appendable out) {
        StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
        Runnable flush = () -> {
            try {
                out.append(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        };
        render(t, buffer, flush);
        flush.run();
    }

    /**
     * Writes several results: one after another, a blank line between, in the text formats; one
     * page holding them all in html.
     */
    public void render(List<ResultTable> results, Appendable out) {
        if (options.format() == Format.HTML) {
            StringBuilder page = new StringBuilder();
            HtmlReport.page(results, this, page);
            try {
                out.append(page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            if (i > 0) {
                try {
                    out.append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            render(results.get(i), out);
        }
    }

    public Options options() {
        return options;
    }

    /** Rows are handed on once this many chars are waiting. */
    private static final int FLUSH_AT = 1 << 16;

    private void render(ResultTable t, StringBuilder out, Runnable flush) {
        switch (options.format()) {
            case TABLE -> human(t, out, false);
            case MD -> human(t, out, true);
            case CSV -> delimited(t, out, ',', flush);
            case TSV -> delimited(t, out, '\t', flush);
            case JSON -> json(t, out, flush);
            case HTML -> HtmlReport.page(List.of(t), this, out);
            default -> throw new IllegalStateException();
        }
    }

    // ---- machine formats ---------------------------------------------------------------

    /**
     * Machine columns: each money group's currency column follows the group's last column. A name
     * met twice (which the commands avoid by renaming a table's own columns, see PassThrough) gets
     * a suffix, so that a json object never carries a key twice and a csv reader never picks the
     * wrong one of two same-named columns.
     */
    private static List<String> machineHeader(ResultTable t) {
        List<String> header = machineNames(t);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            for (int k = 2; !seen.add(name.toLowerCase(java.util.Locale.ROOT)); k++) {
                name = header.get(i) + "_" + k;
            }
            header.set(i, name);
        }
        return header;
    }

    private static List<String> machineNames(ResultTable t) {
        List<String> header = new ArrayList<>();
        List<Column> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (c.range()) {
                header.add(c.name() + "_low");
                header.add(c.name() + "_high");
            } else {
                header.add(c.name());
            }
            if (c.currencyColumn() != null && lastOfGroup(cols, i)) {
                header.add(c.currencyColumn());
            }
        }
        return header;
    }

    private static boolean lastOfGroup(List<Column> cols, int i) {
        for (int j = i + 1; j < cols.size(); j++) {
            if (cols.get(i).currencyColumn().equals(cols.get(j).currencyColumn())) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> machineRow(ResultTable t, List<Object> row) {
        List<Column> cols = t.columns();
        List<Object> cells = new ArrayList<>(cols.size() + 4);
        // each currency column's code, by the column's name (a row has one or two: small arrays, not a map per row)
        String[] names = new String[cols.size()];
        String[] codes = new String[cols.size()];
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Object v = row.get(i) instanceof Range r ? r.low() : row.get(i);
            if (c.currencyColumn() != null && v instanceof Amount a && a.currency().isPresent()) {
                String code = a.currency().get().code();
                int k = 0;
                while (names[k] != null && !names[k].equals(c.currencyColumn())) {
                    k++;
                }
                if (names[k] == null) {
                    names[k] = c.currencyColumn();
                    codes[k] = code;
                } else if (!codes[k].equals(code)) {
                    throw new IllegalStateException("column group " + c.currencyColumn() + " mixes " + codes[k] + " and " + code);
                }
            }
        }
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            if (c.range()) {
                Range r = (Range) row.get(i);
                cells.add(r == null ? null : r.low());
                cells.add(r == null ? null : r.high());
            } else if (c.fraction() && row.get(i) instanceof Percent p) {
                cells.add(p.value().movePointLeft(2));
            } else {
                cells.add(row.get(i));
            }
            if (c.currencyColumn() != null && lastOfGroup(cols, i)) {
                cells.add(codeOf(names, codes, c.currencyColumn()));
            }
        }
        return cells;
    }

    private static String codeOf(String[] names, String[] codes, String name) {
        for (int k = 0; k < names.length && names[k] != null; k++) {
            if (names[k].equals(name)) {
                return codes[k];
            }
        }
        return null;
    }

    private static String exact(Object v) {
        if (v == null) {
            return "";
        } else if (v instanceof Amount a) {
            return PlainDecimal.of(a.value());
        } else if (v instanceof Percent p) {
            return PlainDecimal.of(p.value());
        } else if (v instanceof PercentPoints pp) {
            return PlainDecimal.of(pp.value());
        } else if (v instanceof BigDecimal d) {
            return PlainDecimal.of(d);
        }
        return v.toString();
    }

    private static boolean isNumber(Object v) {
        return v instanceof Amount || v instanceof Percent || v instanceof PercentPoints || v instanceof BigDecimal
                || v instanceof Number || v instanceof Range;
    }

    private void delimited(ResultTable t, StringBuilder out, char sep, Runnable flush) {
        // header cells are made safe like text cells: a column named =1+1 or @cmd is not a formula
        StringBuilder head = new StringBuilder();
        for (String name : machineHeader(t)) {
            head.append(head.length() == 0 ? "" : String.valueOf(sep)).append(Cells.safe(name, sep));
        }
        String header = head.append('\n').toString();
        if (t.inParts()) {
            // every part computed (and made text on the thread that computed it) before anything is written
            List<String> texts = t.eachPart(rows -> {
                StringBuilder b = new StringBuilder(rows.size() * 128);
                rows.forEach(row -> delimitedRow(t, row, sep, b));
                return b.toString();
            });
            out.append(header);
            for (String text : texts) {
                flush.run();
                out.append(text);
            }
            return;
        }
        out.append(header);
        for (List<Object> row : t.rows()) {
            delimitedRow(t, row, sep, out);
            if (out.length() >= FLUSH_AT) {
                flush.run();
            }
        }
    }

    private static void delimitedRow(ResultTable t, List<Object> row, char sep, StringBuilder out) {
        List<Object> cells = machineRow(t, row);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            Object v = cells.get(i);
            String s = exact(v);
            out.append(isNumber(v) ? s : Cells.safe(s, sep));
        }
        out.append('\n');
    }

    private void json(ResultTable t, StringBuilder out, Runnable flush) {
        List<String> header = machineHeader(t);
        boolean empty;
        if (t.inParts()) {
            List<String> texts = t.eachPart(rows -> {
                StringBuilder b = new StringBuilder(rows.size() * 256);
                rows.forEach(row -> jsonRow(t, header, row, b));
                return b.toString();
            });
            out.append("{\n  \"title\": ").append(Cells.jsonString(t.title())).append(",\n  \"rows\": [");
            empty = true;
            for (String text : texts) {
                if (!text.isEmpty()) {
                    flush.run();
                    out.append(text, empty ? 1 : 0, text.length()); // the first row has no comma before it
                    empty = false;
                }
            }
        } else {
            out.append("{\n  \"title\": ").append(Cells.jsonString(t.title())).append(",\n  \"rows\": [");
            StringBuilder row1 = new StringBuilder();
            empty = true;
            for (List<Object> row : t.rows()) {
                jsonRow(t, header, row, row1);
                out.append(row1, empty ? 1 : 0, row1.length());
                row1.setLength(0);
                empty = false;
                if (out.length() >= FLUSH_AT) {
                    flush.run();
                }
            }
        }
        out.append(empty ? "],\n" : "\n  ],\n");
        out.append("  \"notes\": ").append(jsonList(t.notes()));
        if (options.explain()) {
            out.append(",\n  \"explain\": ").append(jsonList(t.steps()));
        }
        out.append("\n}\n");
    }

    /** One row of the json rows array, with the comma that separates it from the row before. */
    private static void jsonRow(ResultTable t, List<String> header, List<Object> row, StringBuilder out) {
        List<Object> cells = machineRow(t, row);
        out.append(",\n    {");
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            out.append(i == 0 ? "" : ", ").append(Cells.jsonString(header.get(i))).append(": ");
            out.append(v == null ? "null" : isNumber(v) ? exact(v) : Cells.jsonString(exact(v)));
        }
        out.append('}');
    }

    private static String jsonList(List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < items.size(); i++) {
            b.append(i == 0 ? "\n    " : ",\n    ").append(Cells.jsonString(items.get(i)));
        }
        return b.append("\n  ]").toString();
    }

    /**
     * The notes of a result as lines for stderr, {@code note: ...} each, in every format: they
     * are remarks on the figures, not data, so a pipeline reading stdout never sees them.
     */
    public static void notes(ResultTable t, Appendable err) {
        try {
            for (String note : t.notes()) {
                err.append("note: ").append(Decimals.visible(note)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- human formats -----------------------------------------------------------------

    /** A value as a person reads it: scaled money, rounded to --digits significant digits. */
    public String human(Object v) {
        if (v == null) {
            return "";
        } else if (v instanceof Amount a) {
            return HumanNumbers.amount(a, options.digits());
        } else if (v instanceof Percent p) {
            return HumanNumbers.group(Decimals.roundSignificant(p.value(), options.digits())) + "%";
        } else if (v instanceof PercentPoints pp) {
            return HumanNumbers.group(Decimals.roundSignificant(pp.value(), options.digits())) + " pp";
        } else if (v instanceof BigDecimal d) {
            return HumanNumbers.group(Decimals.roundSignificant(d, options.digits()));
        } else if (v instanceof Long || v instanceof Integer) {
            return HumanNumbers.group(new BigDecimal(v.toString()));
        } else if (v instanceof Period p) {
            return p.toString();
        } else if (v instanceof Range r) {
            return HumanNumbers.range(r, options.digits());
        }
        // a table cell with a line break or an escape sequence must not break the layout or drive the terminal
        return Decimals.visible(v.toString());
    }

    private String colour(Object v, String text) {
        if (!options.color() || !(v instanceof Verdict verdict)) {
            return text;
        }
        return switch (verdict) {
            case INCONSISTENT -> RED + text + RESET;
            case CONSISTENT -> GREEN + text + RESET;
            default -> text;
        };
    }

    private void human(ResultTable t, StringBuilder out, boolean markdown) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).detail() || options.explain()) {
                shown.add(i);
            }
        }
        int n = shown.size();
        String[] header = new String[n];
        int[] width = new int[n];
        boolean[] right = new boolean[n];
        List<String[]> body = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            header[k] = Decimals.visible(t.columns().get(shown.get(k)).name().replace('_', ' '));
            width[k] = header[k].length();
            right[k] = true;
        }
        for (List<Object> row : t.rows()) {
            String[] cells = new String[n];
            for (int k = 0; k < n; k++) {
                Object v = row.get(shown.get(k));
                cells[k] = human(v);
                width[k] = Math.max(width[k], cells[k].codePointCount(0, cells[k].length()));
                if (v != null && !isNumber(v)) {
                    right[k] = false;
                }
            }
            body.add(cells);
        }
        if (markdown) {
            if (t.title() != null) {
                out.append("### ").append(Decimals.visible(t.title())).append("\n\n");
            }
            out.append('|');
            for (int k = 0; k < n; k++) {
                out.append(' ').append(pad(header[k], width[k], right[k])).append(" |");
            }
            out.append("\n|");
            for (int k = 0; k < n; k++) {
                out.append(' ').append("-".repeat(Math.max(width[k] - 1, 2))).append(right[k] ? ":" : "-").append(" |");
            }
            out.append('\n');
            for (String[] cells : body) {
                out.append('|');
                for (int k = 0; k < n; k++) {
                    out.append(' ').append(pad(cells[k].replace("|", "\\|"), width[k], right[k])).append(" |");
                }
                out.append('\n');
            }
        } else {
            appendLine(out, header, width, right, null);
            for (int b = 0; b < body.size(); b++) {
                appendLine(out, body.get(b), width, right, t.rows().get(b), shown);
            }
        }
        if (options.explain() && !t.steps().isEmpty()) {
            out.append(markdown ? "\n**How these figures were computed**\n\n" : "\nHow these figures were computed:\n");
            for (String step : t.steps()) {
                out.append(markdown ? "- " : "  ").append(Decimals.visible(step)).append('\n');
            }
        }
    }

    private void appendLine(StringBuilder out, String[] cells, int[] width, boolean[] right, List<Object> row) {
        appendLine(out, cells, width, right, row, null);
    }

    private void appendLine(StringBuilder out, String[] cells, int[] width, boolean[] right, List<Object> row, List<Integer> shown) {
        StringBuilder line = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            if (k > 0) {
                line.append("  ");
            }
            String padded = pad(cells[k], width[k], right[k]);
            line.append(row == null ? padded : colour(row.get(shown.get(k)), padded));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String s, int width, boolean right) {
        int len = s.codePointCount(0, s.length());
        String fill = " ".repeat(Math.max(width - len, 0));
        return right ? fill + s : s + fill;
    }
}
