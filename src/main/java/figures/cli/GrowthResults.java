package figures.cli;

import figures.calc.Conversion;
import figures.calc.Growth;
import figures.chart.Sparkline;
import figures.model.Amount;
import figures.model.Decimals;
import figures.model.InputException;
import figures.model.Observation;
import figures.model.Percent;
import figures.model.PercentPoints;
import figures.model.Period;
import figures.render.Column;
import figures.render.HumanNumbers;
import figures.render.ResultTable;
import figures.render.ShortNotes;
import figures.table.GroupSeries;
import figures.table.SeriesReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The result tables of {@code figures growth}: one figure given ad hoc, and a table's groups
 * summarised or year over year, with the notes and steps that explain them. The figures come from
 * {@link Growth}; this class only lays them out.
 */
final class GrowthResults {
    private GrowthResults() {
    }

    private static final java.util.regex.Pattern DEFLATED = java.util.regex.Pattern.compile("prices of \\S+ → \\S+ \\(([^)]+)\\)");

    /**
     * What the conversions did, in words: "in 2020 USD (each year's rate, then deflated by US-CPI-U)"
     * or "in USD at each year's rate, in each year's prices". Never "constant prices": the index used
     * is named instead (US CPI-U on a series of another economy measures the dollar, not that economy).
     */
    static String basisLabel(Conversion.Target target, List<String> conversionSteps) {
        java.util.Set<String> indexes = new java.util.TreeSet<>();
        for (String step : conversionSteps) {
            java.util.regex.Matcher m = DEFLATED.matcher(step);
            if (m.find()) {
                indexes.add(m.group(1));
            }
        }
        if (target.year() == null) {
            return "growth in " + target.currency() + " at each year's rate, in each year's prices (not deflated)";
        }
        return "growth in " + target.year() + " " + target.currency() + " (" + (indexes.isEmpty() ? "no price change was needed"
                : "deflated by " + String.join(", ", indexes)) + ")";
    }

    /** The figures of the ad hoc growth from {@code a} to {@code b} over {@code span} years ({@code from}/{@code to} when given). */
    static ResultTable adHoc(Growth.Change c, Period from, Period to, boolean percents, List<String> conversionSteps,
                             Conversion.Target target) {
        Amount a = c.start();
        Amount b = c.end();
        BigDecimal span = c.years();
        List<Column> cols = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        if (from != null) {
            cols.add(Column.of("from"));
            cols.add(Column.of("to"));
            row.add(from);
            row.add(to);
        }
        // percents as start and end: their unit, and the change's (pp), each in a unit column (README, Output formats)
        String unitColumn = percents ? "unit" : null;
        cols.addAll(List.of(Column.of("years"), Column.money("start", "currency").withUnit(unitColumn), Column.money("end", "currency").withUnit(unitColumn),
                Column.money("change", "currency").withUnit(percents ? "change_unit" : null), Column.of("change_pct"), Column.of("cagr_pct"),
                Column.of("log_rate_pct")));
        if (percents) {
            row.addAll(List.of(span, Percent.of(a.value()), Percent.of(b.value()),
                    PercentPoints.between(Percent.of(a.value()), Percent.of(b.value()))));
        } else {
            row.addAll(List.of(span, a, b, c.change()));
        }
        row.add(c.percent());
        row.add(c.cagr());
        row.add(c.logRate());
        ResultTable.Builder t = ResultTable.builder("growth", cols);
        t.row(row.toArray());
        conversionSteps.forEach(t::step);
        if (target != null) {
            t.note("start and end converted to " + target + " before computing (see --explain): " + basisLabel(target, conversionSteps));
        }
        String unit = percents ? " pp" : "";
        t.step("change = end - start = " + b.value().toPlainString() + " - " + a.value().toPlainString() + " = "
                + b.value().subtract(a.value()).toPlainString() + unit);
        if (c.percent() != null) {
            t.step("% change = change / start = " + c.percent() + " (exact, or 34 significant digits)");
        }
        if (c.cagr() != null) {
            t.step("CAGR = (end / start)^(1 / " + span.toPlainString() + ") - 1 = " + c.cagr() + " (34 significant digits)");
            t.step("log rate = ln(end / start) / " + span.toPlainString() + " = " + c.logRate());
        }
        if (percents) {
            t.note("start and end are percentages: their difference is in percentage points (pp); change_pct is the relative change");
        }
        c.undefined().forEach(t::note);
        return t.build();
    }

    /** As above, with a note of the command's own first (where the years came from). */
    static ResultTable adHoc(Growth.Change c, Period from, Period to, boolean percents, List<String> conversionSteps,
                             Conversion.Target target, String note) {
        ResultTable t = adHoc(c, from, to, percents, conversionSteps, target);
        return note == null ? t : t.withNoteFirst(note);
    }

    /**
     * A table's groups as series, laid out: a table of {@link ResultTable.Parts}, one part per part
     * of the series, so a million groups are computed and written a few thousand at a time, on all
     * cores. Errors keep their precedence: a series error (mixed currencies, overlapping periods)
     * anywhere comes before a growth error, each the first in table order.
     *
     * @param window           the --from/--to window in words ("from 2000 to 2002"), for groups left with no observations
     * @param target           the currency every value was converted to, or null
     * @param conversionSteps  each conversion, for --explain (made when the series were built, before the table)
     */
    record Table(SeriesReader.Result data, GroupSeries.Parts series, String window, Conversion.Target target,
                 List<String> conversionSteps, boolean explain, Period from, Period to, boolean fullSpans,
                 figures.reference.Redenominations lives) {

        Table(SeriesReader.Result data, GroupSeries.Parts series, String window, Conversion.Target target, List<String> conversionSteps,
              boolean explain) {
            this(data, series, window, target, conversionSteps, explain, null, null, false, null);
        }

        /**
         * How a group's span falls short of the requested --from/--to, or null when it covers them:
         * "starts 2002", "ends 2011", "2002-2011". With {@code fullSpans} a short group is an error
         * (the first in table order, naming its file and line).
         */
        private String shortOf(GroupSeries s, Growth.Summary r) {
            boolean late = from != null && r.first().first() > from.first();
            boolean early = to != null && r.last().last() < to.last();
            if (!late && !early) {
                return null;
            }
            return late && early ? r.first() + "-" + r.last() : late ? "starts " + r.first() : "ends " + r.last();
        }

        /** What one part tells the notes. */
        private static final class Told {
            InputException seriesError;
            InputException growthError;
            int series;
            final ShortNotes single = ShortNotes.naming("has one observation, so no growth", "groups have one observation, so no growth");
            final ShortNotes undefined = ShortNotes.each();
            final ShortNotes irregular = ShortNotes.each();
            final ShortNotes spans = ShortNotes.each();
            final ShortNotes lives = ShortNotes.each();
            final List<String> steps = new ArrayList<>();
            long shortSpans;
            InputException spanError;
        }

        /** The rows of each part by {@code layout}, and the notes once all are computed by {@code tail}. */
        private ResultTable.Parts<Told> parts(java.util.function.BiFunction<List<GroupSeries>, Told, List<Object[]>> layout,
                                              java.util.function.BiConsumer<Told, ResultTable.Builder> tail) {
            return new ResultTable.Parts<>() {
                @Override
                public int count() {
                    return series.count();
                }

                @Override
                public boolean parallel() {
                    return series.parallel();
                }

                @Override
                public ResultTable.Part<Told> compute(int i) {
                    Told told = new Told();
                    List<GroupSeries> part;
                    try {
                        part = series.get(i);
                    } catch (InputException e) {
                        told.seriesError = e;
                        return new ResultTable.Part<>(List.of(), told);
                    }
                    told.series = part.size();
                    spans(part, told.spans);
                    if (lives != null) {
                        lives(part, told.lives);
                    }
                    try {
                        return new ResultTable.Part<>(layout.apply(part, told), told);
                    } catch (Growth.SeriesFailure e) {
                        told.growthError = failed(part, e);
                        return new ResultTable.Part<>(List.of(), told);
                    }
                }

                @Override
                public void finish(List<Told> told, ResultTable.Builder t) {
                    for (Told p : told) {
                        if (p.seriesError != null) {
                            throw p.seriesError;
                        }
                    }
                    for (Told p : told) {
                        if (p.spanError != null) {
                            throw p.spanError;
                        }
                    }
                    Told all = new Told();
                    for (Told p : told) {
                        if (p.growthError != null) {
                            throw p.growthError;
                        }
                        all.series += p.series;
                        all.single.add(p.single);
                        all.undefined.add(p.undefined);
                        all.irregular.add(p.irregular);
                        all.spans.add(p.spans);
                        all.lives.add(p.lives);
                        all.shortSpans += p.shortSpans;
                        p.steps.forEach(t::step);
                    }
                    tail.accept(all, t);
                }
            };
        }

        /** One row per group: first and last observation, change, % change and the average annual rate by {@code method}. */
        ResultTable summary(Growth.Method method) {
            List<Column> cols = new ArrayList<>();
            data.by().forEach(c -> cols.add(Column.of(c)));
            boolean windowed = from != null || to != null;
            cols.addAll(List.of(Column.of("first"), Column.of("last")));
            if (windowed) { // a group whose first or last observation is not the requested --from/--to says so
                cols.add(Column.of("short_span"));
            }
            cols.addAll(List.of(Column.of("years"), Column.money("start", "currency"),
                    Column.money("end", "currency"), Column.money("change", "currency"), Column.of("change_pct"),
                    Column.of(method.column() + Column.PCT), Column.of("observations"), Column.of("rows")));
            boolean sourced = data.sourced();
            if (sourced) {
                cols.add(Column.detail("source"));
            }
            ResultTable.Builder t = ResultTable.builder("growth: " + data.file() + (data.by().isEmpty() ? "" : " by " + String.join(", ", data.by())), cols);
            int width = cols.size();
            return t.build(parts((part, told) -> {
                List<Growth.Summary> results = Growth.summaries(observations(part), method);
                List<Object[]> rows = new ArrayList<>(part.size());
                for (int i = 0; i < part.size(); i++) {
                    GroupSeries s = part.get(i);
                    Growth.Summary r = results.get(i);
                    List<String> key = s.key();
                    Object[] row = new Object[width];
                    int c = 0;
                    for (String k : key) {
                        row[c++] = k;
                    }
                    row[c++] = r.first();
                    row[c++] = r.last();
                    if (windowed) {
                        String gap = shortOf(s, r);
                        row[c++] = gap;
                        told.shortSpans += gap == null ? 0 : 1;
                        if (gap != null && fullSpans && told.spanError == null) {
                            told.spanError = new InputException(data.file(), s.line(), data.describe(s.key()) + ": its observations "
                                    + (gap.contains("-") ? "run " + gap : gap) + ", not " + window + " (--full-span asks every group to cover them)");
                        }
                    }
                    row[c++] = r.observations() == 1 ? null : r.years();
                    row[c++] = r.start();
                    row[c++] = r.end();
                    row[c++] = r.change();
                    row[c++] = r.percent();
                    row[c++] = r.rate();
                    row[c++] = (long) r.observations();
                    row[c++] = s.rows();
                    if (sourced) {
                        row[c] = s.sources().isEmpty() ? null : String.join("; ", s.sources());
                    }
                    rows.add(row);
                    boolean single = r.observations() == 1;
                    if (!single && r.undefined().isEmpty() && !(explain && r.change() != null)) {
                        continue;
                    }
                    String name = data.describe(key);
                    if (single) {
                        told.single.add(name);
                    } else {
                        r.undefined().forEach(u -> told.undefined.add(name + ": " + u));
                    }
                    if (explain && r.change() != null) {
                        told.steps.add(name + ": change = " + amountText(r.end()) + " - " + amountText(r.start()) + " = " + amountText(r.change())
                                + " over " + r.years().toPlainString() + " years (" + r.first() + " to " + r.last() + ")");
                        if (r.percent() != null) {
                            told.steps.add(name + ": % change = change / start = " + r.percent());
                        }
                        if (r.rate() != null) {
                            told.steps.add(name + ": " + method.column() + " = " + r.rate().shown() + ", " + method.description());
                        }
                    }
                }
                return rows;
            }, (all, tail) -> {
                if (all.series < series.groups()) {
                    int none = series.groups() - all.series;
                    tail.note(none + (none == 1 ? " group has" : " groups have") + " no observations " + window);
                }
                notes(tail, all);
                if (all.shortSpans > 0) {
                    tail.note(all.shortSpans + (all.shortSpans == 1 ? " group does" : " groups do") + " not cover " + window
                            + (all.shortSpans == 1 ? ": its" : ": their") + " first or last observation is another year, and "
                            + (all.shortSpans == 1 ? "its growth is" : "their growth is each") + " over its own span (column short_span; "
                            + "--full-span makes this an error)");
                }
                all.single.emit(tail);
                all.undefined.emit(tail);
                tail.note("average annual rate (" + method.column() + "): " + method.description());
            }));
        }

        /** One row per observation with its change from the previous one; {@code trend}: a sparkline on each group's last row. */
        ResultTable yearOverYear(boolean trend) {
            List<Column> cols = new ArrayList<>();
            data.by().forEach(c -> cols.add(Column.of(c)));
            cols.addAll(List.of(Column.of("period"), Column.money("value", "currency"), Column.of("years"),
                    Column.money("change", "currency"), Column.of("change_pct"), Column.of("annual_rate_pct"), Column.of("rows"),
                    Column.of("step")));
            if (trend) {
                cols.add(Column.of("trend"));
            }
            ResultTable.Builder t = ResultTable.builder("growth year over year: " + data.file(), cols);
            return t.build(parts((part, told) -> {
                List<List<Growth.Step>> allSteps = Growth.allSteps(observations(part));
                List<Object[]> rows = new ArrayList<>();
                for (int k = 0; k < part.size(); k++) {
                    GroupSeries s = part.get(k);
                    List<Growth.Step> steps = allSteps.get(k);
                    String name = data.describe(s.key());
                    Observation previous = null;
                    for (int i = 0; i < steps.size(); i++) {
                        Growth.Step st = steps.get(i);
                        Period p = st.point().period();
                        List<Object> row = new ArrayList<>(cols.size());
                        row.addAll(s.key());
                        row.addAll(List.of(p, st.perYear()));
                        row.add(st.length());
                        row.add(st.change());
                        row.add(st.percent());
                        row.add(st.annualised());
                        row.add(s.rowsPerObservation()[i]);
                        row.add(label(previous, st));
                        if (trend) {
                            row.add(i == steps.size() - 1 ? Sparkline.ofYears(s.observations()) : null);
                        }
                        rows.add(row.toArray());
                        if (st.isIrregular() && st.percent() != null && st.annualised() != null) {
                            told.irregular.add(name + " " + previous.period() + " to " + p + " is a " + years(st.length()) + " step"
                                    + missing(previous.period(), p) + ": " + pct(st.percent()) + " in " + st.length().toPlainString()
                                    + " years, " + pct(st.annualised()) + " a year");
                        }
                        st.undefined().forEach(u -> told.undefined.add(name + " " + p + ": " + u));
                        if (explain && st.change() != null) {
                            told.steps.add(name + " " + p + ": change = " + amountText(st.perYear()) + " - "
                                    + amountText(st.perYear().minus(st.change())) + " = " + amountText(st.change())
                                    + (st.percent() == null ? "" : ", " + st.percent())
                                    + (st.isIrregular() && st.annualised() != null ? ", annualised over " + st.length().toPlainString()
                                    + " years: (1 + change %)^(1 / years) - 1 = " + st.annualised() : ""));
                        }
                        previous = st.point();
                    }
                }
                return rows;
            }, (all, tail) -> {
                notes(tail, all);
                all.irregular.emit(tail);
                all.undefined.emit(tail);
            }));
        }

        private static List<List<Observation>> observations(List<GroupSeries> part) {
            return part.stream().map(GroupSeries::observations).toList();
        }

        /** A group that cannot be computed: its first line and name. */
        private InputException failed(List<GroupSeries> part, Growth.SeriesFailure e) {
            GroupSeries s = part.get(e.index());
            return new InputException(data.file(), s.line(), data.describe(s.key()) + ": " + e.getMessage());
        }

        /** Each span of a part's series, counted as its per-year average. */
        private void spans(List<GroupSeries> part, ShortNotes spans) {
            for (GroupSeries s : part) {
                for (Observation p : s.observations()) {
                    if (p.period().isSpan()) {
                        spans.add(data.describe(s.key()) + " " + p.period() + ": a span of " + p.period().years()
                                + " years, counted as its per-year average (" + amountText(p.amount()) + " / " + p.period().years()
                                + " = " + amountText(p.perYear()) + " a year)");
                    }
                }
            }
        }

        /**
         * A group whose values are in a currency that did not yet exist at its first observation (TRY
         * in 2003; the new lira exists from 2005): said, not refused, because tables of national
         * data back-convert older years into today's currency (the World Bank's "current LCU" for
         * Turkey is in new lira from 1960). Growth within the group is right as long as every value
         * is in the one currency; the note says that this is what was taken, and what to write if the
         * early values are in the old currency. (With --in each value is converted, and the
         * conversion refuses such a value instead.)
         */
        private void lives(List<GroupSeries> part, ShortNotes notes) {
            // most currencies were created by no redenomination: one lookup per currency, not per group
            java.util.Map<figures.model.Currency, Boolean> redenominated = new java.util.HashMap<>();
            for (GroupSeries s : part) {
                if (s.observations().isEmpty()) {
                    continue;
                }
                Observation first = s.observations().get(0);
                if (first.amount().currency().isEmpty()) {
                    continue;
                }
                figures.model.Currency c = first.amount().currency().get();
                int year = first.period().first();
                if (!redenominated.computeIfAbsent(c, k -> !lives.introducedBy(k).isEmpty())) {
                    continue;
                }
                lives.beforeLife(c, year).ifPresent(w -> notes.add(data.describe(s.key()) + " (line " + s.line() + "): values in " + c + " from " + first.period()
                        + ", but " + w + ". Taken as " + c + " throughout, as tables back-converted into today's currency are;"
                        + " if the early values are in the old currency, label them so and give --in"));
            }
        }

        /** Notes common to both layouts: rows summed, spans counted as per-year averages, conversions. */
        private void notes(ResultTable.Builder t, Told all) {
            long cells = data.cells();
            if (data.rows() > cells) {
                t.note(data.rows() + " rows read; rows that share a group and a period were summed: " + cells + " observations in "
                        + data.groups().size() + (data.groups().size() == 1 ? " group" : " groups"));
            }
            all.spans.emit(t);
            all.lives.emit(t);
            data.notes().forEach(t::note);
            if (target != null) {
                t.note("every value was converted to " + target + " before computing: " + basisLabel(target, conversionSteps)
                        + "; --explain shows each conversion");
                conversionSteps.forEach(t::step);
            }
        }
    }

    /** The step column: how far back the previous observation is, when that is not simply the year before. */
    static String label(Observation previous, Growth.Step st) {
        if (previous == null) {
            return st.point().period().isSpan() ? "span: per-year average" : null;
        }
        String what = st.point().period().isSpan() ? "; span: per-year average" : "";
        if (!st.isIrregular()) {
            return what.isEmpty() ? null : what.substring(2);
        }
        return years(st.length()) + " step" + missing(previous.period(), st.point().period()) + what;
    }

    private static String years(BigDecimal length) {
        return length.stripTrailingZeros().toPlainString() + "-year";
    }

    /** The years between two observations, if any: {@code " (2001 missing)"}, {@code " (2001-2003 missing)"}. */
    static String missing(Period before, Period after) {
        int a = before.last() + 1;
        int b = after.first() - 1;
        if (b < a) {
            return "";
        }
        return " (" + (a == b ? Integer.toString(a) : a + "-" + b) + " missing)";
    }

    private static String amountText(Amount a) {
        return HumanNumbers.amount(a, 6);
    }

    private static String pct(Percent p) {
        return HumanNumbers.group(Decimals.roundSignificant(p.value(), 4)) + "%";
    }
}
