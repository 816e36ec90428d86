package figures.expr;

import figures.calc.Conversion;
import figures.calc.Finance;
import figures.calc.Growth;
import figures.calc.LoanDiscount;
import figures.calc.LoanSchedule;
import figures.model.LoanTerms;
import figures.calc.LoanValuation;
import figures.calc.TradeBalance;
import figures.calc.WriteOff;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.FiguresException;
import figures.model.Interval;
import figures.model.Percent;
import figures.model.Period;
import figures.model.MissingReference;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The functions of the language, one entry each, delegating to a calc API. A function marked
 * {@code precise} is evaluated again at the ends of its inputs' stated ranges so that the result
 * carries their precision; lookups bring the precision of their table cells instead.
 */
public final class Functions {
    /** What a function does with its bound arguments. */
    @FunctionalInterface
    public interface Body {
        Value apply(Args a);
    }

    /**
     * One function: name, parameters ({@code x?} optional, {@code x=?} optional and named only,
     * {@code x!} a contract term taken as exact, {@code xs:n...} at least n trailing values), one-line
     * summary, and its body.
     */
    public record Fn(String name, List<String> params, List<String> optional, List<String> namedOnly, List<String> terms,
                     String variadicName, int minVariadic, boolean precise, String summary, Body body) {
        boolean variadic() {
            return variadicName != null;
        }

        int index(String param) {
            return params.indexOf(param);
        }

        /** {@code pmt(rate, nper, pv, [fv], [type])}. */
        public String usage() {
            List<String> parts = new ArrayList<>();
            for (String p : params) {
                if (namedOnly.contains(p)) {
                    continue;
                }
                parts.add(optional.contains(p) ? "[" + p + "]" : p);
            }
            if (variadicName != null) {
                parts.add(variadicName + "...");
            }
            for (String p : namedOnly) {
                parts.add("[" + p + "=…]");
            }
            return name + "(" + String.join(", ", parts) + ")";
        }

        public String summary() {
            return summary;
        }
    }

    private static final Map<String, Fn> ALL = new LinkedHashMap<>();

    private Functions() {
    }

    private static void def(String name, String spec, boolean precise, String summary, Body body) {
        List<String> params = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        List<String> namedOnly = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        String variadic = null;
        int minVariadic = 0;
        for (String given : spec.isEmpty() ? new String[0] : spec.split(",\\s*")) {
            // x! is a term of a contract (a maturity in years): taken as exact, not as a stated figure
            String raw = given.replace("!", "");
            if (given.contains("!")) {
                terms.add(raw.replace("?", ""));
            }
            if (raw.endsWith("...")) {
                String[] v = raw.substring(0, raw.length() - 3).split(":");
                variadic = v[0];
                minVariadic = Integer.parseInt(v[1]);
            } else if (raw.endsWith("=?")) {
                String p = raw.substring(0, raw.length() - 2);
                params.add(p);
                optional.add(p);
                namedOnly.add(p);
            } else if (raw.endsWith("?")) {
                String p = raw.substring(0, raw.length() - 1);
                params.add(p);
                optional.add(p);
            } else {
                params.add(raw);
            }
        }
        ALL.put(name, new Fn(name, List.copyOf(params), List.copyOf(optional), List.copyOf(namedOnly), List.copyOf(terms), variadic, minVariadic,
                precise, summary, body));
    }

    static Fn get(String name) {
        return ALL.get(name.toLowerCase(Locale.ROOT));
    }

    /** Every function, in the order the help lists them. */
    public static Collection<Fn> all() {
        return ALL.values();
    }

    static String names() {
        return String.join(", ", ALL.keySet());
    }

    static {
        // ---- arithmetic helpers -----------------------------------------------------------
        def("round", "x, places?", true, "x rounded half away from zero to places decimals (of the percent for a percent; may be negative)",
                a -> round(a.quantity("x"), a.integerOr("places", 0)));
        def("share", "part, whole", true, "part ÷ whole as a percent",
                a -> Quantity.exactPercent(ratio(a.quantity("part"), a.quantity("whole"), "take the share of")));
        def("ratio", "a, b", true, "a ÷ b as a plain number",
                a -> Quantity.exactNumber(ratio(a.quantity("a"), a.quantity("b"), "take the ratio of")));
        def("about", "x, share?", false,
                "x as an approximation (\"about 3 billion\"): its stated range widened to at least ± share of x (default 5%)",
                a -> about(a.quantity("x"), a.has("share") ? a.rate("share") : new BigDecimal("0.05"), true, true));
        def("at_least", "x, share?", false,
                "x as a lower bound (\"more than 3 billion\"): its stated range widened upwards to at least x + share of x (default 10%)",
                a -> about(a.quantity("x"), a.has("share") ? a.rate("share") : new BigDecimal("0.10"), false, true));
        def("at_most", "x, share?", false,
                "x as an upper bound (\"almost 3 billion\"): its stated range widened downwards to at least x − share of x (default 10%)",
                a -> about(a.quantity("x"), a.has("share") ? a.rate("share") : new BigDecimal("0.10"), true, false));

        // ---- write-offs (calc/WriteOff) --------------------------------------------------
        def("writeoff", "debt?, percent?, written_off?, remaining?", true,
                "completes a write-off from any two figures: .debt .percent .written_off .remaining", Functions::writeoff);

        // ---- growth (calc/Growth: nominal, so start and end may be in prices of different years) --
        def("change", "start, end", true, "end − start, in current prices (start and end may be in prices of different years)",
                a -> {
                    Quantity s = a.quantity("start");
                    Quantity e = a.quantity("end");
                    Growth.Change g = growth(s, e, BigDecimal.ONE);
                    Period basis = s.basis() != null && s.basis().equals(e.basis()) ? s.basis() : null;
                    BigDecimal v = g.change().value();
                    return new Quantity(s.isAmount() || e.isAmount() ? Quantity.Dim.AMOUNT : s.dim(), v, Interval.exact(v),
                            g.change().currency().orElse(null), basis);
                });
        def("growth", "start, end", true, "percent change from start to end, (end − start) ÷ start",
                a -> {
                    Growth.Change g = growth(a.quantity("start"), a.quantity("end"), BigDecimal.ONE);
                    return Quantity.exactPercent(defined(g.percent(), g, "% change").ratio());
                });
        def("cagr", "start, end, years!", true, "compound annual growth rate, (end ÷ start)^(1/years) − 1, as spreadsheet RRI",
                a -> {
                    Growth.Change g = growth(a.quantity("start"), a.quantity("end"), a.years("years"));
                    return Quantity.exactPercent(defined(g.cagr(), g, "annual rate").ratio());
                });
        def("log_rate", "start, end, years!", true, "continuous (log) annual growth rate, ln(end ÷ start) ÷ years",
                a -> {
                    Growth.Change g = growth(a.quantity("start"), a.quantity("end"), a.years("years"));
                    return Quantity.exactPercent(defined(g.logRate(), g, "annual rate").ratio());
                });

        // ---- finance (calc/Finance; spreadsheet conventions: money paid out is negative) --
        def("pmt", "rate, nper, pv, fv?, type?", true, "payment per period (spreadsheet PMT)",
                a -> a.moneyResult(Finance.pmt(a.rate("rate"), a.integer("nper"), a.money("pv").value(),
                        a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0)), a.allMoney("pv", "fv")));
        def("ipmt", "rate, per, nper, pv, fv?, type?", true, "interest part of payment per (spreadsheet IPMT)",
                a -> a.moneyResult(Finance.ipmt(a.rate("rate"), a.integer("per"), a.integer("nper"), a.money("pv").value(),
                        a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0)), a.allMoney("pv", "fv")));
        def("ppmt", "rate, per, nper, pv, fv?, type?", true, "principal part of payment per (spreadsheet PPMT)",
                a -> a.moneyResult(Finance.ppmt(a.rate("rate"), a.integer("per"), a.integer("nper"), a.money("pv").value(),
                        a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0)), a.allMoney("pv", "fv")));
        def("pv", "rate, nper, pmt, fv?, type?", true, "present value of a series of payments (spreadsheet PV)",
                a -> a.moneyResult(Finance.pv(a.rate("rate"), a.integer("nper"), a.money("pmt").value(),
                        a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0)), a.allMoney("pmt", "fv")));
        def("fv", "rate, nper, pmt, pv?, type?", true, "future value (spreadsheet FV)",
                a -> a.moneyResult(Finance.fv(a.rate("rate"), a.integer("nper"), a.money("pmt").value(),
                        a.moneyOr("pv", BigDecimal.ZERO), a.integerOr("type", 0)), a.allMoney("pmt", "pv")));
        def("nper", "rate, pmt, pv, fv?, type?", true, "number of periods (spreadsheet NPER)",
                a -> {
                    a.oneCurrency(a.allMoney("pmt", "pv", "fv"));
                    return Quantity.exactNumber(Finance.nper(a.rate("rate"), a.money("pmt").value(), a.money("pv").value(),
                            a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0)));
                });
        def("rate", "nper, pmt, pv, fv?, type?, guess?", true, "interest rate per period (spreadsheet RATE)",
                a -> {
                    a.oneCurrency(a.allMoney("pmt", "pv", "fv"));
                    return Quantity.exactPercent(Finance.rate(a.integer("nper"), a.money("pmt").value(), a.money("pv").value(),
                            a.moneyOr("fv", BigDecimal.ZERO), a.integerOr("type", 0), a.rateOr("guess", null)));
                });
        def("rri", "nper, pv, fv", true, "equivalent growth rate per period (spreadsheet RRI)",
                a -> {
                    a.oneCurrency(a.allMoney("pv", "fv"));
                    return Quantity.exactPercent(Finance.rri(a.integer("nper"), a.money("pv").value(), a.money("fv").value()));
                });
        def("npv", "rate, values:1...", true, "net present value, the first value discounted one period (spreadsheet NPV)",
                a -> a.moneyResult(Finance.npv(a.rate("rate"), a.rest().stream().map(Quantity::value).toList()), a.rest()));
        def("irr", "guess=?, values:2...", true, "internal rate of return, the first value at time 0 (spreadsheet IRR)",
                a -> {
                    a.oneCurrency(a.rest());
                    return Quantity.exactPercent(Finance.irr(a.rest().stream().map(Quantity::value).toList(), a.rateOr("guess", null)));
                });

        // ---- loans (model/LoanTerms, calc/LoanSchedule, LoanValuation) ------------------------
        def("grant_element", "rate, maturity!, repayment, discount, grace!?, frequency?", true,
                "grant element of a loan, (face value − PV of debt service) ÷ face value; repayment annuity|equal|bullet|grant;"
                        + " discount a rate or imf|dac|dac_ldc|dac_lmic|dac_umic; grace and maturity in years; frequency payments a year",
                Functions::grantElement);

        // ---- conversion ----------------------------------------------------------------------
        def("convert", "value, target, rate=?, method=?", true,
                "value in another currency and/or prices of another year (calc/Conversion): value in USD@2024 is the same;"
                        + " rate='0.90 SUR per USD' replaces the rate lookup, method='deflate-then-convert' the default order",
                Functions::convert);

        // ---- lookups into the tables in use ----------------------------------------------
        def("exports", "exporter, importer, period", false, "exports.csv: value exported in a year or span (rows with the same key summed)",
                a -> found(a, a.env().tables().exports(a.name("exporter"), a.name("importer"), a.period("period")), "exports"));
        def("balance", "a, b, period", false, "exports.csv: exports a→b minus exports b→a, a's trade balance with b (calc/TradeBalance)",
                a -> {
                    Quantity out = exports(a, "a", "b");
                    Quantity in = exports(a, "b", "a");
                    Amount balance = trade(out, in).balance();
                    return Quantity.amount(balance.value(), out.range().minus(in.range()), out.currency(), out.basis());
                });
        def("coverage", "a, b, period", false, "exports.csv: exports a→b as a percent of exports b→a (exports / imports), how far a's exports pay for its imports from b",
                a -> {
                    Quantity out = exports(a, "a", "b");
                    Quantity in = exports(a, "b", "a");
                    Percent coverage = trade(out, in).coverage();
                    if (coverage == null) {
                        throw new CalcException("coverage is undefined: exports from " + a.name("b") + " to " + a.name("a") + " are " + in.describe());
                    }
                    return Quantity.percent(coverage.ratio(), Arithmetic.divideRange(out.range(), in.range(), coverage.ratio()));
                });
        def("writeoffs", "debtor, creditor, year", false, "writeoffs.csv: the row's .debt .percent .written_off .remaining (stated, or completed)",
                a -> found(a, a.env().tables().writeoffs(a.name("debtor"), a.name("creditor"), a.year("year")), "writeoffs"));
        def("loans", "lender, borrower, year", false, "loans.csv: the row's .principal and the terms it states (.rate .maturity .grace .repayment .frequency)",
                a -> found(a, a.env().tables().loans(a.name("lender"), a.name("borrower"), a.year("year")), "loans"));
        def("debts", "debtor, creditor, year", false, "debts.csv: the amount owed",
                a -> found(a, a.env().tables().debts(a.name("debtor"), a.name("creditor"), a.year("year")), "debts"));
    }

    private static Quantity exports(Args a, String from, String to) {
        return (Quantity) found(a, a.env().tables().exports(a.name(from), a.name(to), a.period("period")), "exports");
    }

    private static TradeBalance trade(Quantity exports, Quantity imports) {
        return TradeBalance.of(amount(exports), amount(imports), null);
    }

    /** Growth between two figures in current prices: their price bases are set aside. */
    private static Growth.Change growth(Quantity start, Quantity end, BigDecimal years) {
        if (start.dim() != end.dim() && (start.isAmount() || end.isAmount())) {
            throw new CalcException("cannot take the growth from " + start.kind() + " (" + start.describe() + ") to " + end.kind()
                    + " (" + end.describe() + ")");
        }
        Arithmetic.commonCurrency(start, end, "take the growth from " + start.describe() + " to " + end.describe());
        return Growth.between(Amount.of(start.value(), start.currency(), null), Amount.of(end.value(), end.currency(), null), years);
    }

    /** The figure, or an error with the reasons calc/Growth gives that mention {@code about}. */
    private static Percent defined(Percent p, Growth.Change g, String about) {
        if (p == null) {
            List<String> why = g.undefined().stream().filter(r -> r.contains(about)).toList();
            throw new CalcException(String.join("; ", why.isEmpty() ? g.undefined() : why));
        }
        return p;
    }

    private static Value found(Args a, Tables.Found f, String table) {
        a.trace().add(table + " lookup: " + f.value().describe() + " from " + f.where());
        return f.value();
    }

    private static Quantity round(Quantity x, int places) {
        int scale = x.dim() == Quantity.Dim.PERCENT ? places + 2 : places;
        if (Math.abs(places) > figures.model.Decimals.MAX_DIGITS) {
            throw new CalcException("round(): places must lie between -" + figures.model.Decimals.MAX_DIGITS + " and "
                    + figures.model.Decimals.MAX_DIGITS + ", got " + places);
        }
        // never padded: round(1/3, 40) of a 34-digit quotient must not add six zeros that look exact
        return x.exactly(x.value().setScale(Math.min(scale, x.value().scale()), RoundingMode.HALF_UP));
    }

    /** x with its range widened to reach x − share·|x| ({@code below}) and/or x + share·|x| ({@code above}), never narrowed. */
    static Quantity about(Quantity x, BigDecimal share, boolean below, boolean above) {
        if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new CalcException("share must lie between 0% and 100%, got " + share.scaleByPowerOfTen(2).stripTrailingZeros().toPlainString() + "%");
        }
        BigDecimal half = x.value().abs().multiply(share);
        Interval r = x.range();
        Interval wide = new Interval(below ? r.lo().min(x.value().subtract(half)) : r.lo(), above ? r.hi().max(x.value().add(half)) : r.hi());
        return x.with(x.value(), wide);
    }

    private static BigDecimal ratio(Quantity a, Quantity b, String what) {
        if (a.isAmount() != b.isAmount()) {
            throw new CalcException("cannot " + what + " " + a.kind() + " (" + a.describe() + ") and " + b.kind() + " (" + b.describe() + ")");
        }
        if (a.isAmount()) {
            String w = what + " " + a.describe() + " and " + b.describe();
            Arithmetic.commonCurrency(a, b, w);
            Arithmetic.commonBasis(a, b, w, false);
        }
        if (b.value().signum() == 0) {
            throw new CalcException("division by zero (" + a.describe() + " ÷ " + b.describe() + ")");
        }
        return Quantity.divide(a.value(), b.value());
    }

    private static Value writeoff(Args a) {
        Quantity debt = a.has("debt") ? a.money("debt") : null;
        Quantity pct = a.has("percent") ? a.quantity("percent") : null;
        Quantity wo = a.has("written_off") ? a.money("written_off") : null;
        Quantity rem = a.has("remaining") ? a.money("remaining") : null;
        if (pct != null && pct.isAmount()) {
            throw a.error("percent", "percent must be a percent, not the amount " + pct.describe()
                    + " (name the arguments when they are not debt and percent: writeoff(debt=…, written_off=…))");
        }
        WriteOff w = WriteOff.of(amount(debt), pct == null ? null : Percent.fromRatio(pct.value()), amount(wo), amount(rem));
        List<Quantity> money = new ArrayList<>();
        for (Quantity q : new Quantity[] {debt, wo, rem}) {
            if (q != null) {
                money.add(q);
            }
        }
        Map<String, Value> fields = new LinkedHashMap<>();
        for (WriteOff.Line l : w.lines()) {
            Object v = l.computed() != null ? l.computed() : l.stated();
            fields.put(l.figure().column(), v instanceof Percent p ? Quantity.exactPercent(p.ratio())
                    : a.moneyResult(((Amount) v).value(), money));
        }
        return new Value.Record("writeoff", fields, null);
    }

    private static Value grantElement(Args a) {
        try {
            Percent rate = Percent.fromRatio(a.rate("rate"));
            LoanTerms.Repayment repayment = LoanTerms.Repayment.parse(a.name("repayment"));
            LoanDiscount discount = a.value("discount") instanceof Quantity
                    ? LoanDiscount.of(Percent.fromRatio(a.rate("discount")))
                    : LoanDiscount.parse(a.name("discount").replace('_', '-'));
            LoanTerms terms = LoanTerms.of(rate, a.years("maturity"), a.has("grace") ? a.years("grace") : null, repayment,
                    a.integerOr("frequency", 1));
            // the grant element is a ratio: any face value gives it
            LoanValuation v = LoanValuation.of(LoanSchedule.of(Amount.of(BigDecimal.valueOf(100), null), terms), discount);
            a.trace().addAll(v.steps());
            return Quantity.exactPercent(v.grantElementRatio());
        } catch (LoanTerms.BadTerm e) {
            throw a.error(e.term(), e.getMessage());
        }
    }

    private static Amount amount(Quantity q) {
        return q == null ? null : Amount.of(q.value(), q.currency(), q.basis());
    }

    private static Value convert(Args a) {
        Quantity q = a.quantity("value");
        Value t = a.value("target");
        if (!(t instanceof Value.Target target)) {
            throw a.error("target", "the target must be a currency and/or a year, e.g. USD, USD@2024 or @2024, not " + t.kind() + " (" + t.describe() + ")");
        }
        if (!q.isAmount() || q.currency() == null) {
            throw a.error("value", "only an amount with a currency can be converted, not " + q.kind() + " (" + q.describe() + ")");
        }
        if (target.basis() != null && target.basis().isSpan()) {
            throw a.error("target", "prices are those of one year, not of " + target.basis() + " (e.g. @" + target.basis().last() + ")");
        }
        Currency to = target.currency() != null ? target.currency() : q.currency();
        Conversion.Target goal = target.basis() == null ? Conversion.Target.of(to) : Conversion.Target.of(to, target.basis().first());
        Conversion conversion = Conversion.using(a.env().reference());
        if (a.has("rate")) {
            conversion = conversion.withRate(Conversion.Rate.parse(a.has("rate") && a.value("rate") instanceof Quantity r
                    ? r.value().toPlainString() : a.name("rate")));
        }
        if (a.has("method")) {
            conversion = conversion.withMethod(Conversion.Method.parse(a.name("method")));
        }
        Conversion.Result r;
        try {
            r = conversion.convert(Amount.of(q.value(), q.currency(), q.basis()), goal);
        } catch (MissingReference m) {
            String option = m.option();
            String remedy = option.startsWith("--rate ") ? "give the rate: convert(" + q.describe() + ", " + goal + ", rate='"
                    + option.substring("--rate ".length()).replace("\"", "") + "')"
                    : "the language has no index override; use figures convert with " + option;
            throw new ExprException(a.text(), a.callStart(), m.problem() + "; nothing is interpolated: " + remedy, FiguresException.BAD_INPUT);
        }
        if (!a.trace().isSilent()) {
            a.trace().addAll(r.steps());
            r.notes().forEach(n -> a.trace().add("note: " + n));
        }
        Amount c = r.converted();
        return Quantity.amount(c.value(), Interval.exact(c.value()), c.currency().orElse(to), c.priceBasis().orElse(null));
    }
}
