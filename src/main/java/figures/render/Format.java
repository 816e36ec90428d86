package figures.render;

import java.util.Locale;

/** The output formats every command supports. */
public enum Format {
    TABLE, CSV, TSV, JSON, MD,
    /** One self-contained page (render/HtmlReport): every table of a result, an article with its figures marked where a table has one. */
    HTML;

    public static Format parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new figures.model.UsageException("--format: '" + s + "' is not a format (expected table, csv, tsv, json, md or html)");
        }
    }
}
