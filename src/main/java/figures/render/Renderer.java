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
    /**
     * How to render: format, significant digits for humans, whether to show steps, colour, and
     * whether money below a million shows at least its currency's minor unit (the default; an
     * explicit --digits turns it off: then exactly {@code digits} significant digits).
     */
    public record Options(Format format, int digits, boolean explain, boolean color, boolean minorUnits) {
        public Options(Format format, int digits, boolean explain, boolean color) {
            this(format, digits, explain, color, true);
        }

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
     * Where each machine column comes from: a slot is a table column (a range column gives two
     * slots, its low and high ends), a currency column or a unit column. A block of columns that
     * share a currency or a unit column is followed by those columns, currencies first (a range
     * column's values are in the currency and unit of the figure beside it: it joins no block).
     * Computed once per table, before its rows.
     */
    private record Layout(List<String> header, int[] column, int[] kind, List<String> currencies, List<String> units) {
        static final int VALUE = 0, LOW = 1, HIGH = 2, CURRENCY = 3, UNIT = 4;
    }

    private static Layout layout(ResultTable t) {
        List<Column> cols = t.columns();
        int n = cols.size();
        // the block of each column: the last column of the columns it shares a currency or unit column with
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            end[i] = i;
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (!cols.get(i).range() && !cols.get(j).range() && shares(cols.get(i), cols.get(j)) && end[j] > end[i]) {
                        end[i] = end[j];
                        changed = true;
                    }
                }
            }
        }
        List<String> header = new ArrayList<>();
        List<int[]> slots = new ArrayList<>();
        List<String> currencies = new ArrayList<>();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Column c = cols.get(i);
            if (c.range()) {
                header.add(c.name() + "_low");
                slots.add(new int[] {i, Layout.LOW});
                header.add(c.name() + "_high");
                slots.add(new int[] {i, Layout.HIGH});
            } else {
                header.add(c.name());
                slots.add(new int[] {i, Layout.VALUE});
            }
            List<String> cur = new ArrayList<>(), unit = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                Column m = cols.get(j);
                boolean inBlock = m.range() ? j == i : !c.range() && end[j] == i;
                if (!inBlock) {
                    continue;
                }
                if (m.currencyColumn() != null && !cur.contains(m.currencyColumn())) {
                    cur.add(m.currencyColumn());
                }
                // a range's unit column is written after its block when it has one, else after the range itself
                if (m.unitColumn() != null && !unit.contains(m.unitColumn()) && !(m.range() && inAnyBlock(cols, m.unitColumn()))
                        && !isColumn(cols, m.unitColumn())) {
                    unit.add(m.unitColumn());
                }
            }
            for (String name : cur) {
                header.add(name);
                slots.add(new int[] {currencies.size(), Layout.CURRENCY});
                currencies.add(name);
            }
            for (String name : unit) {
                header.add(name);
                slots.add(new int[] {units.size(), Layout.UNIT});
                units.add(name);
            }
        }
        int[] column = new int[slots.size()], kind = new int[slots.size()];
        for (int k = 0; k < slots.size(); k++) {
            column[k] = slots.get(k)[0];
            kind[k] = slots.get(k)[1];
        }
        return new Layout(unique(header), column, kind, currencies, units);
    }

    private static boolean shares(Column a, Column b) {
        return a.currencyColumn() != null && a.currencyColumn().equals(b.currencyColumn())
                || a.unitColumn() != null && a.unitColumn().equals(b.unitColumn());
    }

    /** A unit column the command fills itself (extract's {@code unit}: km, or % for a percent): no slot of its own. */
    private static boolean isColumn(List<Column> cols, String name) {
        return cols.stream().anyMatch(c -> c.name().equals(name));
    }

    private static boolean inAnyBlock(List<Column> cols, String unitColumn) {
        return cols.stream().anyMatch(c -> !c.range() && unitColumn.equals(c.unitColumn()));
    }

    /**
     * A name met twice (which the commands avoid by renaming a table's own columns, see
     * PassThrough) gets a suffix, so that a json object never carries a key twice and a csv reader
     * never picks the wrong one of two same-named columns.
     */
    private static List<String> unique(List<String> names) {
        List<String> header = new ArrayList<>(names);
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

    /** The unit a cell's figure is in, as a unit column writes it: {@code %}, {@code pp}, or null (a plain number, an amount). */
    private static String unitOf(Object v) {
        Object x = v instanceof Range r ? r.low() : v;
        return x instanceof Percent ? "%" : x instanceof PercentPoints ? "pp" : null;
    }

    private static int indexOf(List<Column> cols, String name) {
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Object> machineRow(ResultTable t, Layout layout, List<Object> row) {
        List<Column> cols = t.columns();
        // each currency and unit column's value, from the figures of its group (a row has one or two: small arrays, not a map per row)
        String[] codes = new String[layout.currencies().size()];
        String[] units = new String[layout.units().size()];
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            Object cell = row.get(i);
            Object v = cell instanceof Range r ? r.low() : cell;
            if (c.currencyColumn() != null && v instanceof Amount a && a.currency().isPresent()) {
                int k = layout.currencies().indexOf(c.currencyColumn());
                String code = a.currency().get().code();
                if (k >= 0) {
                    if (codes[k] != null && !codes[k].equals(code)) {
                        throw new IllegalStateException("column group " + c.currencyColumn() + " mixes " + codes[k] + " and " + code);
                    }
                    codes[k] = code;
                }
            }
            String unit = unitOf(cell);
            if (unit == null) {
                continue;
            }
            if (c.unitColumn() != null) {
                int k = layout.units().indexOf(c.unitColumn());
                if (k < 0) {
                    // the command's own unit column: it must say what the renderer would
                    Object said = row.get(indexOf(cols, c.unitColumn()));
                    if (!unit.equals(said)) {
                        throw new IllegalStateException("column " + c.name() + " holds " + unit + " but its unit column " + c.unitColumn()
                                + " says " + said);
                    }
                    continue;
                }
                if (units[k] != null && !units[k].equals(unit)) {
                    throw new IllegalStateException("unit column " + c.unitColumn() + " mixes " + units[k] + " and " + unit);
                }
                units[k] = unit;
            } else if (!c.name().endsWith(unit.equals("%") ? Column.PCT : Column.PP)) {
                // the one rule for ratios: a machine reader is never left to guess 11.58 from 0.1158
                throw new IllegalStateException("column " + c.name() + " holds " + (unit.equals("%") ? "a percent" : "percentage points")
                        + " but names no unit (end its name in " + (unit.equals("%") ? Column.PCT : Column.PP) + " or give it a unit column)");
            }
        }
        List<Object> cells = new ArrayList<>(layout.column().length);
        for (int k = 0; k < layout.column().length; k++) {
            int i = layout.column()[k];
            switch (layout.kind()[k]) {
                case Layout.VALUE -> cells.add(row.get(i));
                case Layout.LOW -> cells.add(row.get(i) == null ? null : ((Range) row.get(i)).low());
                case Layout.HIGH -> cells.add(row.get(i) == null ? null : ((Range) row.get(i)).high());
                case Layout.CURRENCY -> cells.add(codes[i]);
                default -> cells.add(units[i]);
            }
        }
        return cells;
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
        Layout layout = layout(t);
        for (String name : layout.header()) {
            head.append(head.length() == 0 ? "" : String.valueOf(sep)).append(Cells.safe(name, sep));
        }
        String header = head.append('\n').toString();
        if (t.inParts()) {
            // every part computed (and made text on the thread that computed it) before anything is written
            List<String> texts = t.eachPart(rows -> {
                StringBuilder b = new StringBuilder(rows.size() * 128);
                rows.forEach(row -> delimitedRow(t, layout, row, sep, b));
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
            delimitedRow(t, layout, row, sep, out);
            if (out.length() >= FLUSH_AT) {
                flush.run();
            }
        }
    }

    private static void delimitedRow(ResultTable t, Layout layout, List<Object> row, char sep, StringBuilder out) {
        List<Object> cells = machineRow(t, layout, row);
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
        Layout layout = layout(t);
        boolean empty;
        if (t.inParts()) {
            List<String> texts = t.eachPart(rows -> {
                StringBuilder b = new StringBuilder(rows.size() * 256);
                rows.forEach(row -> jsonRow(t, layout, row, b));
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
                jsonRow(t, layout, row, row1);
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
    private static void jsonRow(ResultTable t, Layout layout, List<Object> row, StringBuilder out) {
        List<Object> cells = machineRow(t, layout, row);
        List<String> header = layout.header();
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
            return HumanNumbers.amount(a, options);
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
            return HumanNumbers.range(r, options);
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
            header[k] = Decimals.visible(t.columns().get(shown.get(k)).label());
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
