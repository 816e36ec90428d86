package figures.cli;

import figures.calc.LoanDiscount;
import figures.calc.LoanSchedule;
import figures.model.LoanTerms;
import figures.calc.LoanValuation;
import figures.chart.LoanChart;
import figures.expr.Environment;
import figures.expr.ExprException;
import figures.expr.Expressions;
import figures.expr.Quantity;
import figures.model.Amount;
import figures.model.CalcException;
import figures.model.InputException;
import figures.model.Percent;
import figures.model.Period;
import figures.model.UsageException;
import figures.render.Column;
import figures.render.ResultTable;
import figures.table.LoansReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code figures loan}: repayment schedule, present value and grant element; a loans table; one finance function. */
@Command(name = "loan",
        description = {"Loans: the repayment schedule (period, opening balance, interest, principal, payment, closing balance), "
                + "totals, the present value of debt service at a discount rate, and the grant element "
                + "(face value - PV) / face value, with whether the loan is concessional under a preset.",
            "Grace is the time from commitment to the first repayment of principal (the OECD/IDA definition): "
                + "--grace 2.5 --frequency 2 puts the first principal payment at 2.5 years. Interest is paid every period "
                + "from the first, at rate / frequency. Each payment is discounted at the effective rate per period, "
                + "the f-th root of (1+d) less 1, so that f periods compound to d a year.",
            "Without loan options, computes every row of a loans table (the bundled data/loans.csv by default) "
                + "and names the terms a row leaves blank. --function prints a spreadsheet finance function's value."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nDiscount presets (yearly rate; grant element that makes a loan concessional):%n",
        footer = {"  imf        5%%  at least 35%%  IMF",
            "  dac       10%%  at least 25%%  OECD DAC, ODA definition before 2018",
            "  dac-ldc    9%%  at least 45%%  OECD DAC, least developed and low-income",
            "  dac-lmic   7%%  at least 15%%  OECD DAC, lower middle-income countries",
            "  dac-umic   6%%  at least 10%%  OECD DAC, upper middle-income countries",
            "",
            "Examples:",
            "  figures loan --principal 1000 --rate 2.5 --maturity 10 --grace 2.5 \\",
            "      --repayment equal --frequency 2 --discount dac",
            "      # schedule of 20 half-years; grant element 32.39%%, concessional under dac",
            "  figures loan --principal \"120m SUR\" --rate 2.5 --maturity 12 --grace 3 \\",
            "      --repayment annuity --discount imf --summary",
            "  figures loan --discount imf         # every loan of data/loans.csv",
            "  figures loan --digits 15 --function \"PMT(8%%/12, 10, 10000)\"",
            "      # -1 037.03208935915; -f csv prints every digit",
            "  figures loan --principal \"120m SUR\" --rate 2.5 --maturity 12 --grace 3 \\",
            "      --repayment annuity --year 1966 --chart loan.png",
            "      # interest and principal, year by year"})
public final class LoanCommand implements Callable<Integer> {
    @ParentCommand
    Figures root;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "A loans table (- for stdin); default: the bundled data/loans.csv.")
    String file;

    /** The three ways to run: a loans table (no group given), one loan's terms, or finance functions; never two at once. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Mode mode;

    static final class Mode {
        @ArgGroup(exclusive = false, multiplicity = "1", heading = "%nOne loan's terms (instead of a table):%n")
        Terms terms;

        @Option(names = "--function", paramLabel = "CALL",
                description = {"Print a spreadsheet finance function's value, e.g. \"PMT(0.08/12, 10, 10000, 0, 1)\"; may be repeated.",
                    "PMT, IPMT, PPMT, PV, FV, NPER, RATE, RRI, NPV, IRR, with Excel's arguments and sign convention;",
                    "IRR(v0, v1, ...) or IRR({v0, v1, ...}, guess).",
                    "Evaluated as figures eval evaluates it; a rate is a ratio, as in a spreadsheet."})
        List<String> functions;
    }

    /** The terms of one loan given by options. */
    static final class Terms {
        @Option(names = "--principal", paramLabel = "AMOUNT", description = "The amount lent, disbursed at commitment, e.g. \"120m SUR\".")
        Amount principal;

        @Option(names = "--rate", paramLabel = "PCT", description = "Nominal yearly interest rate: 2.5 or 2.5%%"
                + " (0.025 without %% is refused as ambiguous: write 2.5 or 0.025%%).")
        Percent rate;

        @Option(names = "--maturity", paramLabel = "YEARS", description = "Years from commitment to the last repayment.")
        String maturity;

        @Option(names = "--grace", paramLabel = "YEARS",
                description = "Years from commitment to the first repayment of principal (default: none, repayment from the first period).")
        String grace;

        @Option(names = "--repayment", paramLabel = "KIND",
                description = "annuity (level payments; the default, as spreadsheets' PMT assume, with a note saying so), "
                        + "equal (equal principal), bullet (all at maturity) or grant (no repayment).")
        String repayment;

        @Option(names = "--frequency", paramLabel = "N", description = "Payments a year: 1 (default), 2, 4 or 12.")
        String frequency;

        @Option(names = "--year", paramLabel = "YEAR", description = "Year of commitment (taken as 1 January): adds each payment's calendar year.")
        Period year;
    }

    @Option(names = "--discount", paramLabel = "RATE|PRESET",
            description = "Yearly discount rate for the present value and grant element, or a preset: imf, dac, dac-ldc, dac-lmic, dac-umic.")
    String discount;

    @Option(names = "--summary", description = "Print the summary only, not the schedule.")
    boolean summary;

    @Mixin
    ChartOption chart;

    @Override
    public Integer call() {
        GlobalOptions g = root.global();
        Terms terms = terms();
        boolean adHoc = terms != null;
        if (chart.wanted() && !adHoc) {
            throw new UsageException("--chart draws one loan's schedule: give its terms (--principal, --rate, ...), not a table or --function");
        }
        if (mode != null && mode.functions != null) {
            // picocli's exclusive group keeps --function apart from the terms; a table and --discount are checked here
            if (file != null || discount != null || summary) {
                throw new UsageException("--function prints a finance function's value on its own; leave out the loan options");
            }
            return Output.emit(g, root.context(), root.spec.commandLine().getOut(), functions(g));
        }
        if (adHoc && file != null) {
            throw new UsageException("give either a FILE or loan terms (--principal, --rate, ...), not both");
        }
        LoanDiscount d = discount == null ? null : parseDiscount();
        if (!adHoc) {
            if (summary) {
                throw new UsageException("--summary is for a single loan given by options; a loans table prints one summary row per loan");
            }
            return Output.emit(g, root.context(), root.spec.commandLine().getOut(), table(g, d));
        }
        LoanSchedule schedule = schedule(terms);
        LoanValuation valuation = d == null ? null : LoanValuation.of(schedule, d);
        ResultTable summaryTable = summary(schedule, valuation);
        chart.draw(root.context(), () -> LoanChart.of(schedule, terms.year, summaryTable.title(),
                "Source: loan terms as given (" + schedule.terms().describe() + "); schedule by figures loan"));
        if (summary || schedule.lines().isEmpty()) {
            return Output.emit(g, root.context(), root.spec.commandLine().getOut(), summaryTable);
        }
        return Output.emit(g, root.context(), root.spec.commandLine().getOut(), scheduleTable(schedule, valuation), summaryTable);
    }

    private LoanDiscount parseDiscount() {
        try {
            return LoanDiscount.parse(discount);
        } catch (CalcException e) {
            throw new UsageException("--discount: " + e.getMessage());
        }
    }

    /** Each call evaluated by the expression language (the one parser, the one set of functions); RATE's answer is a number, as a spreadsheet gives it. */
    /** A call whose answer is money: PMT, IPMT, PPMT, PV, FV or NPV, outermost. */
    private static final java.util.regex.Pattern MONEY_FUNCTION = java.util.regex.Pattern.compile(
            "(?i)\\s*(pmt|ipmt|ppmt|pv|fv|npv)\\s*\\(.*\\)\\s*");

    private ResultTable functions(GlobalOptions g) {
        ResultTable.Builder b = ResultTable.builder("finance functions", Column.of("function"),
                Column.money("value", "currency").withUnit("unit"));
        Environment env = Environment.of(g.dataSet(root.context()));
        for (String f : mode.functions) {
            Expressions.Result r;
            try {
                r = Expressions.evaluate(f, env);
            } catch (ExprException e) {
                throw new UsageException("--function: '" + f.strip() + "': " + e.getMessage());
            }
            if (!(r.value() instanceof Quantity q)) {
                throw new UsageException("--function: '" + f.strip() + "' is " + r.value().describe() + ", not a number");
            }
            // a percent stays one (5% is 5 with unit %), an amount keeps its currency; what PMT, IPMT, PPMT, PV, FV and NPV
            // give is money, shown to cents as a spreadsheet's currency format shows it (-1 266.71)
            Object cell = q.cell();
            if (cell instanceof java.math.BigDecimal d && MONEY_FUNCTION.matcher(f).matches()) {
                cell = figures.model.Amount.unitless(d);
            }
            b.row(f.strip(), cell);
            r.steps().forEach(b::step);
        }
        return b.build();
    }

    /** The terms of one loan, or null when none were given. */
    private Terms terms() {
        return mode == null ? null : mode.terms;
    }

    private LoanSchedule schedule(Terms t) {
        Amount principal = t.principal;
        Period year = t.year;
        Percent rate = t.rate;
        String maturity = t.maturity;
        String grace = t.grace;
        String repayment = t.repayment;
        String frequency = t.frequency;
        if (principal == null) {
            throw new UsageException("--principal is required with loan terms (e.g. --principal \"120m SUR\")");
        }
        if (principal.signum() <= 0) {
            throw new UsageException("--principal: " + principal + " is not a loan: the principal must be more than 0");
        }
        if (year != null && year.isSpan()) {
            throw new UsageException("--year: '" + year + "' is a span; give the one year of commitment");
        }
        try {
            // annuity, as every spreadsheet's PMT assumes; the summary says it was not given
            LoanTerms.Repayment kind = repayment == null ? LoanTerms.Repayment.ANNUITY : LoanTerms.Repayment.parse(repayment);
            if (kind != LoanTerms.Repayment.GRANT) {
                List<String> missing = new ArrayList<>();
                if (rate == null) {
                    missing.add("--rate");
                }
                if (maturity == null) {
                    missing.add("--maturity");
                }
                if (!missing.isEmpty()) {
                    throw new UsageException("missing " + String.join(", ", missing) + " (a loan needs --principal, --rate and --maturity; "
                            + "--repayment (default annuity), --grace and --frequency are optional)");
                }
            }
            LoanTerms terms = LoanTerms.of(rate, maturity == null ? null : LoanTerms.parseYears("maturity", maturity),
                    grace == null ? null : LoanTerms.parseYears("grace", grace), kind,
                    frequency == null ? 1 : LoanTerms.parseFrequency(frequency));
            return LoanSchedule.of(principal, terms);
        } catch (LoanTerms.BadTerm e) {
            throw new UsageException("--" + e.term() + ": " + e.getMessage());
        } catch (CalcException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ResultTable scheduleTable(LoanSchedule s, LoanValuation v) {
        Period year = terms().year;
        List<Column> cols = new ArrayList<>(List.of(Column.of("period"), Column.of("years")));
        if (year != null) {
            cols.add(Column.of("year"));
        }
        for (String name : List.of("opening", "interest", "principal", "payment", "closing")) {
            cols.add(Column.money(name, "currency"));
        }
        if (v != null) {
            cols.add(Column.detail("discount_factor"));
            cols.add(Column.money("present_value", "currency"));
        }
        ResultTable.Builder b = ResultTable.builder("loan schedule: " + LoanTerms.show(s.principal()) + ", " + s.terms().describe(), cols);
        int f = s.terms().frequency();
        for (LoanSchedule.Line l : s.lines()) {
            List<Object> row = new ArrayList<>(List.of((long) l.period(), l.years()));
            if (year != null) {
                row.add(Period.of(year.first() + l.period() / f));
            }
            for (BigDecimal x : List.of(l.opening(), l.interest(), l.principal(), l.payment(), l.closing())) {
                row.add(s.amount(x));
            }
            if (v != null) {
                BigDecimal factor = v.factors().get(l.period() - 1);
                row.add(factor);
                row.add(s.amount(v.paymentValues().get(l.period() - 1)));
            }
            b.row(row.toArray());
        }
        return b.build();
    }

    private ResultTable summary(LoanSchedule s, LoanValuation v) {
        LoanTerms t = s.terms();
        ResultTable.Builder b = ResultTable.builder("loan: " + LoanTerms.show(s.principal()) + ", " + t.describe(),
                Column.of("figure"), Column.money("value", "currency").withUnit("unit"));
        b.row("face_value", s.principal());
        b.row("terms", t.describe());
        b.row("total_interest", s.amount(s.totalInterest()));
        b.row("total_debt_service", s.amount(s.totalDebtService()));
        String per = LoanTerms.periodName(t.frequency());
        if (t.repayment() != LoanTerms.Repayment.GRANT && t.frequency() > 1) {
            b.row("interest_per_" + per.replace('-', '_'), Percent.fromRatio(t.interestPerPeriod()));
        }
        for (String step : s.steps()) {
            b.step(step);
        }
        if (terms().repayment == null) {
            b.note("repayment: annuity (level payments), as no --repayment was given; --repayment equal, bullet or grant for the others");
        }
        if (v == null) {
            b.note("give --discount (a rate such as 5%, or a preset: imf, dac, dac-ldc, dac-lmic, dac-umic) for the present value and the grant element");
            return b.build();
        }
        LoanDiscount d = v.discount();
        b.row("discount_rate", d.rate());
        if (t.frequency() > 1) {
            b.row("discount_per_" + per.replace('-', '_'), Percent.fromRatio(v.discountPerPeriod()));
        }
        b.row("present_value", v.presentValue());
        b.row("grant_element", v.grantElement());
        if (v.concessional() != null) {
            b.row("concessional", (v.concessional() ? "yes" : "no") + " (" + d.preset() + ": grant element of at least " + d.threshold() + ")");
        }
        b.note("grant element = (face value − present value of debt service) ÷ face value; each payment discounted at "
                + d.rate() + " a year" + (t.frequency() == 1 ? "" : ", per " + per + " (1 + " + d.rate() + ")^(1/" + t.frequency() + ") − 1")
                + (d.preset() == null ? "" : " (preset " + d.preset() + ": " + d.authority() + ")"));
        if (t.rate() != null && t.frequency() > 1 && t.rate().compareTo(d.rate()) == 0) {
            b.note("interest at " + t.rate() + " a year paid " + t.frequency() + " times a year compounds to more than " + d.rate()
                    + " a year, so the grant element is below 0; it is 0 when the rate per " + per + " equals the discount rate per " + per);
        }
        for (String step : v.steps()) {
            b.step(step);
        }
        return b.build();
    }

    /** {@code rate, maturity or grace}. */
    private static String words(List<String> items) {
        int n = items.size();
        return n == 1 ? items.get(0) : String.join(", ", items.subList(0, n - 1)) + " or " + items.get(n - 1);
    }

    private ResultTable table(GlobalOptions g, LoanDiscount d) {
        var source = g.dataSet(root.context()).userOrDefault(file, "loans.csv");
        List<LoansReader.Entry> entries = LoansReader.read(source);
        PassThrough extra = PassThrough.of(entries.stream().map(LoansReader.Entry::others).toList());
        ResultTable.Builder b = ResultTable.builder("loans: " + source.name(), extra.columns(10,
                Column.of("lender"), Column.of("borrower"), Column.of("year"), Column.money("principal", "currency"),
                Column.of("terms"), Column.money("debt_service", "currency"), Column.money("present_value", "currency"),
                Column.of("grant_element_pct"), Column.of("concessional"), Column.of("missing_terms"),
                Column.detail("purpose"), Column.detail("source")));
        extra.notes().forEach(b::note); // a table column named like one of ours, renamed
        int incomplete = 0;
        int rows = 0;
        for (LoansReader.Entry e : entries) {
            rows++;
            String where = e.file() + ":" + e.line() + ": " + e.lender() + " to " + e.borrower() + " " + e.year() + ": ";
            List<String> missing = LoanTerms.missing(e.rate(), e.maturity(), e.grace(), e.repayment(), e.frequency());
            String sourceText = e.source().isEmpty() ? null : e.source();
            String purpose = e.purpose().isEmpty() ? null : e.purpose();
            if (!missing.isEmpty()) {
                incomplete++;
                b.row(extra.row(10, e.others(), e.lender(), e.borrower(), Period.of(e.year()), e.principal(), null, null, null, null, null,
                        String.join(", ", missing), purpose, sourceText));
                b.note(where + "no schedule: the table gives no " + words(missing));
                continue;
            }
            LoanSchedule s;
            try {
                // a grant needs no frequency: nothing is paid
                int f = e.frequency() == null ? 1 : e.frequency();
                LoanTerms terms = LoanTerms.of(e.rate(), e.maturity(), e.grace(), e.repayment(), f);
                s = LoanSchedule.of(e.principal(), terms);
            } catch (LoanTerms.BadTerm ex) {
                throw new InputException(e.file(), e.line(), "column '" + ex.term() + "': " + ex.getMessage());
            } catch (CalcException ex) {
                throw new InputException(e.file(), e.line(), ex.getMessage());
            }
            LoanValuation v = d == null ? null : LoanValuation.of(s, d);
            b.row(extra.row(10, e.others(), e.lender(), e.borrower(), Period.of(e.year()), e.principal(), s.terms().describe(),
                    s.amount(s.totalDebtService()), v == null ? null : v.presentValue(), v == null ? null : v.grantElement(),
                    v == null || v.concessional() == null ? null : v.concessional() ? "yes" : "no", null, purpose, sourceText));
            for (String step : s.steps()) {
                b.step(where + step);
            }
            if (v != null) {
                for (String step : v.steps()) {
                    b.step(where + step);
                }
            }
        }
        if (incomplete > 0) {
            b.note(incomplete + " of " + rows + " loans lack repayment terms; nothing is computed for them rather than guessing terms");
        }
        if (d == null && incomplete < rows) {
            b.note("give --discount (a rate such as 5%, or a preset: imf, dac, dac-ldc, dac-lmic, dac-umic) for the present value and the grant element");
        } else if (d != null && incomplete < rows) {
            b.note("grant element = (face value − present value of debt service) ÷ face value; each payment discounted at " + d.rate()
                    + " a year, per period (1 + d)^(1/f) − 1" + (d.preset() == null ? ""
                    : " (preset " + d.preset() + ": " + d.authority() + "; concessional at a grant element of at least " + d.threshold() + ")"));
        }
        return b.build();
    }
}
