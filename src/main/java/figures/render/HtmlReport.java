package figures.render;

import static figures.render.HtmlClaims.anchor;
import static figures.render.HtmlClaims.column;
import static figures.render.HtmlClaims.isClaims;

import figures.model.Verdict;
import figures.render.HtmlClaims.ClaimRow;
import figures.render.HtmlClaims.Claims;
import figures.render.HtmlClaims.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The html format: one self-contained page (styles inlined, no script, nothing fetched) holding
 * every table of a result, for a person to read. A table of claims (one with an {@code id} column
 * and a {@code verdict} column, or with an {@link Article}) is shown as claims: a summary with
 * counts and links to each inconsistent figure, and each claim as a {@code <details>} block
 * (open when inconsistent) with every cell of its row and its steps. A step belongs to a row when
 * it starts with the row's id and {@code ": "}, as {@code check} and {@code extract} write them.
 * With an {@link Article}, the page is the article's text, paragraph by paragraph
 * ({@code dir="auto"}, so Arabic reads right to left), each figure marked in place in the colour
 * of its claim's verdict with a text label, and each claim below its paragraph; without one,
 * the claims table. Output is a function of the input alone (no dates, no random ids): marks are
 * named by their offset, claims by their id.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    /** The stylesheet, inlined into every page. */
    private static final String CSS = css();

    private static String css() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("figures/render/report.css is missing from this build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void page(List<ResultTable> tables, Renderer r, StringBuilder out) {
        Map<String, Integer> anchors = new HashMap<>();
        List<Object> parts = new ArrayList<>();
        for (ResultTable t : tables) {
            parts.add(isClaims(t) ? new Claims(t, anchors) : t);
        }
        String title = tables.isEmpty() || tables.get(0).title() == null ? "figures" : "figures: " + tables.get(0).title();
        for (Object p : parts) {
            if (p instanceof Claims c && c.table.article() != null) {
                title = "figures: " + (c.checked() ? "claims checked in " : "claims in ") + c.table.article().name();
                break;
            }
        }
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"figures\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
        summary(tables, parts, r, out);
        out.append("</header>\n<main>\n");
        for (Object p : parts) {
            if (p instanceof Claims c) {
                if (c.table.article() != null) {
                    article(c, r, out);
                } else {
                    claimsTable(c, r, out);
                }
                steps("Other steps", c.otherSteps, out);
            } else {
                table((ResultTable) p, null, r, out);
                steps("How these figures were computed", ((ResultTable) p).steps(), out);
            }
        }
        List<String> notes = new ArrayList<>();
        tables.forEach(t -> notes.addAll(t.notes()));
        if (!notes.isEmpty()) {
            out.append("<section class=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
            for (String n : notes) {
                out.append("<li dir=\"auto\">").append(esc(n)).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        out.append("</main>\n</body>\n</html>\n");
    }

    // ---- summary and legend ------------------------------------------------------------------

    private static void summary(List<ResultTable> tables, List<Object> parts, Renderer r, StringBuilder out) {
        boolean inconsistent = tables.stream().anyMatch(ResultTable::inconsistent);
        String data = tables.stream().map(ResultTable::dataVersion).filter(d -> d != null).findFirst().orElse(null);
        List<Claims> claims = parts.stream().filter(p -> p instanceof Claims).map(p -> (Claims) p).toList();
        if (claims.isEmpty()) {
            return;
        }
        out.append("<section class=\"summary\" id=\"summary\">\n");
        for (Claims c : claims) {
            if (c.table.article() != null) {
                out.append("<p class=\"article-name\">Article: <bdi>").append(esc(c.table.article().name())).append("</bdi></p>\n");
            }
        }
        boolean checked = claims.stream().anyMatch(Claims::checked);
        out.append("<dl class=\"counts\">\n");
        long rows = claims.stream().mapToLong(c -> c.byId.size()).sum();
        if (checked) {
            long bad = claims.stream().mapToLong(c -> c.count(Shown.INCONSISTENT)).sum();
            long unchecked = claims.stream().mapToLong(c -> c.count(Shown.UNCHECKABLE)).sum();
            count(out, "claims checked", String.valueOf(rows), null);
            count(out, "inconsistent", String.valueOf(bad), bad > 0 ? Shown.INCONSISTENT.css : null);
            count(out, "not checkable", String.valueOf(unchecked), unchecked > 0 ? Shown.UNCHECKABLE.css : null);
            count(out, "exit status", (inconsistent ? "1" : "0") + (inconsistent ? " (a claim is inconsistent)" : " (all consistent)"),
                    inconsistent ? Shown.INCONSISTENT.css : Shown.CONSISTENT.css);
        } else {
            count(out, "claims found", String.valueOf(rows), null);
            count(out, "checked", "no: figures check - reads these claims", null);
        }
        for (Claims c : claims) {
            Article a = c.table.article();
            if (a != null) {
                long unclaimed = a.marks().stream().filter(Article.Mark::unclaimed).count();
                count(out, "figures found", a.marks().size() + " (" + unclaimed + " in no claim, shown muted)", null);
            }
        }
        if (data != null) {
            count(out, "reference data", data, null);
        }
        out.append("</dl>\n");
        List<String> links = new ArrayList<>();
        for (Claims c : claims) {
            for (ClaimRow row : c.byId.values()) {
                if (row.shown() == Shown.INCONSISTENT) {
                    String target = row.anchor();
                    Article a = c.table.article();
                    if (a != null) {
                        for (Article.Mark m : a.marks()) {
                            if (m.stated().contains(row.id())) {
                                target = markId(m);
                                break;
                            }
                        }
                    }
                    links.add("<li><a href=\"#" + target + "\"><b>" + esc(row.id()) + "</b>: " + esc(brief(c, row, r)) + "</a></li>");
                }
            }
        }
        if (!links.isEmpty()) {
            out.append("<p class=\"jump-title\">Inconsistent:</p>\n<ul class=\"jump\">\n");
            links.forEach(l -> out.append(l).append('\n'));
            out.append("</ul>\n");
        }
        out.append("</section>\n");
        legend(claims.stream().anyMatch(c -> c.table.article() != null), checked, out);
    }

    private static void count(StringBuilder out, String name, String value, String css) {
        out.append("<div><dt>").append(esc(name)).append("</dt><dd").append(css == null ? "" : " class=\"v-" + css + "\"").append('>')
                .append(esc(value)).append("</dd></div>\n");
    }

    private static void legend(boolean article, boolean checked, StringBuilder out) {
        out.append("<section class=\"legend\" aria-label=\"legend\">\n<h2>Legend</h2>\n<ul>\n");
        List<Shown> shown = checked ? List.of(Shown.INCONSISTENT, Shown.CONSISTENT, Shown.UNCHECKABLE) : List.of(Shown.PENDING);
        for (Shown s : shown) {
            out.append("<li><span class=\"fig stated v-").append(s.css).append("\">").append(checked ? "stated figure" : "figure a claim states")
                    .append("<span class=\"tag\">").append(esc(s.label)).append("</span></span></li>\n");
        }
        if (article) {
            out.append("<li><span class=\"fig input v-").append(checked ? Shown.INCONSISTENT.css : Shown.PENDING.css)
                    .append("\">input figure<span class=\"tag\">input: claim ").append(checked ? "✗" : "•")
                    .append("</span></span> a figure a claim computes from, in the colour of its claims' worst verdict</li>\n");
            out.append("<li><span class=\"fig unclaimed\">1944</span> a figure found in no claim: not checked</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    /** A claim in a line: stated and computed figures, or its claim text when it was not checked. */
    private static String brief(Claims c, ClaimRow row, Renderer r) {
        Object expected = cell(c.table, row.row(), "expected");
        Object computed = cell(c.table, row.row(), "computed");
        if (computed != null) {
            return "stated " + r.human(expected) + ", computed " + r.human(computed);
        }
        Object claim = cell(c.table, row.row(), "claim");
        return r.human(claim) + (expected == null ? "" : " = " + r.human(expected));
    }

    private static Object cell(ResultTable t, List<Object> row, String name) {
        int i = column(t, name);
        return i < 0 ? null : row.get(i);
    }

    // ---- the article ------------------------------------------------------------------------

    private static String markId(Article.Mark m) {
        return "f-" + m.start();
    }

    private static void article(Claims c, Renderer r, StringBuilder out) {
        Article a = c.table.article();
        String text = a.text();
        List<int[]> paragraphs = paragraphs(text);
        // each claim below the paragraph its words start in
        Map<Integer, List<ClaimRow>> below = new HashMap<>();
        List<ClaimRow> apart = new ArrayList<>();
        for (ClaimRow row : c.byId.values()) {
            Integer at = a.claimAt().get(row.id());
            int p = at == null ? -1 : paragraphOf(paragraphs, at);
            if (p < 0) {
                apart.add(row);
            } else {
                below.computeIfAbsent(p, k -> new ArrayList<>()).add(row);
            }
        }
        out.append("<article class=\"text\">\n");
        int next = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            int start = paragraphs.get(p)[0], end = paragraphs.get(p)[1];
            out.append("<div class=\"para\" id=\"p-").append(p + 1).append("\">\n<p dir=\"auto\">");
            int at = start;
            while (next < a.marks().size() && a.marks().get(next).start() < end) {
                Article.Mark m = a.marks().get(next++);
                if (m.start() < at) {
                    continue; // a figure across a paragraph break: marked in its first paragraph only
                }
                out.append(esc(text.substring(at, m.start())));
                int to = Math.min(m.end(), end);
                mark(c, m, text.substring(m.start(), to), out);
                at = to;
            }
            out.append(esc(text.substring(at, end))).append("</p>\n");
            for (ClaimRow row : below.getOrDefault(p, List.of())) {
                details(c, row, r, out);
            }
            out.append("</div>\n");
        }
        out.append("</article>\n");
        if (!apart.isEmpty()) {
            out.append("<section class=\"apart\">\n<h2>Claims not found in the article</h2>\n");
            for (ClaimRow row : apart) {
                details(c, row, r, out);
            }
            out.append("</section>\n");
        }
    }

    /**
     * Paragraphs as [start, end) offsets: runs of lines that are not blank (line breaks inside are
     * kept in the text, and flow as spaces); a text with no blank line at all has one paragraph per line.
     */
    static List<int[]> paragraphs(String text) {
        List<int[]> lines = new ArrayList<>();
        int i = 0, n = text.length();
        while (i <= n) {
            int eol = i;
            while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
                eol++;
            }
            lines.add(new int[] {i, eol});
            if (eol >= n) {
                break;
            }
            i = eol + (text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n' ? 2 : 1);
        }
        boolean blankLines = false;
        for (int k = 0; k < lines.size(); k++) {
            int[] l = lines.get(k);
            boolean blank = text.substring(l[0], l[1]).isBlank();
            if (blank && k > 0 && k < lines.size() - 1) {
                blankLines = true;
            }
        }
        List<int[]> out = new ArrayList<>();
        int start = -1, end = -1;
        for (int[] l : lines) {
            boolean blank = text.substring(l[0], l[1]).isBlank();
            if (blank || !blankLines) {
                if (start >= 0) {
                    out.add(new int[] {start, end});
                    start = -1;
                }
            }
            if (!blank) {
                start = start < 0 ? l[0] : start;
                end = l[1];
                if (!blankLines) {
                    out.add(new int[] {start, end});
                    start = -1;
                }
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, end});
        }
        return out;
    }

    /** The paragraph an offset stands in, or the last one before it; -1 before the first. */
    private static int paragraphOf(List<int[]> paragraphs, int offset) {
        int found = -1;
        for (int p = 0; p < paragraphs.size() && paragraphs.get(p)[0] <= offset; p++) {
            found = p;
        }
        return found;
    }

    private static void mark(Claims c, Article.Mark m, String words, StringBuilder out) {
        if (m.unclaimed()) {
            out.append("<span class=\"fig unclaimed\" id=\"").append(markId(m)).append("\" title=\"found, in no claim\">").append(esc(words))
                    .append("</span>");
            return;
        }
        boolean stated = !m.stated().isEmpty();
        List<String> ids = stated ? m.stated() : m.input();
        Shown worst = null;
        for (String id : ids) {
            ClaimRow row = c.byId.get(id);
            Shown s = row == null ? Shown.PENDING : row.shown();
            worst = worst == null || s.ordinal() < worst.ordinal() ? s : worst;
        }
        ClaimRow first = c.byId.get(ids.get(0));
        StringBuilder title = new StringBuilder();
        for (String id : m.stated()) {
            title.append(title.isEmpty() ? "" : "; ").append("stated figure of ").append(id).append(": ").append(shownOf(c, id).label);
        }
        for (String id : m.input()) {
            title.append(title.isEmpty() ? "" : "; ").append("input of ").append(id).append(": ").append(shownOf(c, id).label);
        }
        out.append("<mark class=\"fig ").append(stated ? "stated" : "input").append(" v-").append(worst.css)
                .append(words.length() <= 24 ? " short" : "").append("\" id=\"")
                .append(markId(m)).append("\" title=\"").append(esc(title.toString())).append("\">");
        if (first != null) {
            out.append("<a href=\"#").append(first.anchor()).append("\">").append(esc(words)).append("</a>");
        } else {
            out.append(esc(words));
        }
        out.append("<span class=\"tag\"><bdi>");
        if (stated) {
            out.append(esc(worst.label));
            if (m.stated().size() > 1) {
                out.append(": ").append(esc(String.join(", ", m.stated())));
            }
        } else {
            out.append("input:");
            for (int i = 0; i < m.input().size(); i++) {
                String id = m.input().get(i);
                out.append(i == 0 ? " " : ", ").append(esc(id)).append(' ').append(shownOf(c, id).symbol());
            }
        }
        out.append("</bdi></span></mark>");
    }

    private static Shown shownOf(Claims c, String id) {
        ClaimRow row = c.byId.get(id);
        return row == null ? Shown.PENDING : row.shown();
    }

    // ---- claims -----------------------------------------------------------------------------

    /** Names the page gives some columns. */
    private static String label(String column) {
        return switch (column) {
            case "expected" -> "stated (expected)";
            case "inputs_allow" -> "the inputs allow";
            case "text" -> "words in the article";
            default -> column.replace('_', ' ');
        };
    }

    private static void details(Claims c, ClaimRow row, Renderer r, StringBuilder out) {
        out.append("<details class=\"claim v-").append(row.shown().css).append("\" id=\"").append(row.anchor()).append('"')
                .append(row.shown() == Shown.INCONSISTENT ? " open" : "").append(">\n<summary><span class=\"verdict v-").append(row.shown().css)
                .append("\">").append(esc(row.shown().label)).append("</span> <b><bdi>").append(esc(row.id())).append("</bdi></b> <span class=\"brief\"><bdi>")
                .append(esc(brief(c, row, r))).append("</bdi></span></summary>\n<dl>\n");
        List<Column> cols = c.table.columns();
        // the claim as check reads it first, then the other cells in the table's order
        List<Integer> order = new ArrayList<>();
        int claimCol = column(c.table, "claim");
        if (claimCol >= 0) {
            order.add(claimCol);
        }
        for (int i = 0; i < cols.size(); i++) {
            if (i != claimCol) {
                order.add(i);
            }
        }
        for (int i : order) {
            Object v = row.row().get(i);
            if (i == c.idCol || i == c.verdictCol || v == null || v.toString().isEmpty()) {
                continue;
            }
            String name = cols.get(i).name();
            boolean code = name.equals("claim");
            out.append("<dt>").append(esc(label(name))).append("</dt><dd dir=\"auto\">").append(code ? "<code>" : "")
                    .append(esc(r.human(v))).append(code ? "</code>" : "").append("</dd>\n");
        }
        out.append("</dl>\n");
        if (!row.steps().isEmpty()) {
            out.append("<p class=\"how\">How it was computed:</p>\n<ol class=\"steps\">\n");
            for (String s : row.steps()) {
                out.append("<li dir=\"auto\">").append(esc(s)).append("</li>\n");
            }
            out.append("</ol>\n");
        }
        out.append("</details>\n");
    }

    /** A claims file without an article: the claims table, then each claim's details. */
    private static void claimsTable(Claims c, Renderer r, StringBuilder out) {
        table(c.table, c, r, out);
        out.append("<section class=\"claims\">\n<h2>Claims</h2>\n");
        for (ClaimRow row : c.byId.values()) {
            details(c, row, r, out);
        }
        out.append("</section>\n");
    }

    // ---- any table ----------------------------------------------------------------------------

    private static void table(ResultTable t, Claims claims, Renderer r, StringBuilder out) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (!t.columns().get(i).detail() || r.options().explain()) {
                shown.add(i);
            }
        }
        out.append("<section class=\"table\">\n");
        if (t.title() != null) {
            out.append("<h2 dir=\"auto\">").append(esc(t.title())).append("</h2>\n");
        }
        out.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (int i : shown) {
            out.append("<th scope=\"col\">").append(esc(t.columns().get(i).label())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : t.rows()) {
            out.append("<tr>");
            for (int i : shown) {
                Object v = row.get(i);
                String text = esc(r.human(v));
                if (v instanceof Verdict) {
                    Shown s = Shown.of(v);
                    out.append("<td class=\"verdict v-").append(s.css).append("\">").append(esc(s.label)).append("</td>");
                } else if (claims != null && i == claims.idCol && claims.byId.containsKey(String.valueOf(v))) {
                    out.append("<td><a href=\"#").append(claims.byId.get(String.valueOf(v)).anchor()).append("\">").append(text).append("</a></td>");
                } else {
                    boolean number = v instanceof Number || v instanceof Range || v instanceof java.math.BigDecimal
                            || v instanceof figures.model.Amount || v instanceof figures.model.Percent || v instanceof figures.model.PercentPoints;
                    out.append(number ? "<td class=\"num\">" : "<td dir=\"auto\">").append(text).append("</td>");
                }
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static void steps(String heading, List<String> steps, StringBuilder out) {
        if (steps.isEmpty()) {
            return;
        }
        out.append("<details class=\"steps-all\">\n<summary>").append(esc(heading)).append("</summary>\n<ol class=\"steps\">\n");
        for (String s : steps) {
            out.append("<li dir=\"auto\">").append(esc(s)).append("</li>\n");
        }
        out.append("</ol>\n</details>\n");
    }

    /**
     * Text for html content and attribute values: markup characters escaped; characters html does
     * not allow in a document (C0 and C1 controls but tab, line breaks; lone surrogates;
     * noncharacters) shown as U+FFFD, so a page is never malformed by its input.
     */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\t', '\n' -> b.append(ch);
                case '\r' -> {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        b.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        int cp = Character.toCodePoint(ch, s.charAt(++i));
                        b.appendCodePoint((cp & 0xFFFE) == 0xFFFE ? 0xFFFD : cp);
                    } else if (ch < 0x20 || (ch >= 0x7F && ch <= 0x9F) || Character.isSurrogate(ch) || ch == 0xFFFE || ch == 0xFFFF
                            || (ch >= 0xFDD0 && ch <= 0xFDEF)) {
                        b.append('\uFFFD');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
