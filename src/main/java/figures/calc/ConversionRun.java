package figures.calc;

import figures.calc.Conversion.Method;
import figures.calc.Conversion.Part;
import figures.calc.Conversion.Rate;
import figures.calc.Conversion.Result;
import figures.calc.Conversion.Target;
import figures.model.Amount;
import figures.model.AmountText;
import figures.model.CalcException;
import figures.model.Coverage;
import figures.model.Currency;
import figures.model.MissingReference;
import figures.model.Period;
import figures.model.ReferenceValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One conversion of {@link Conversion} being worked out: the rates and index values it looked up,
 * the steps it took and the notes they carry. {@link Conversion} holds the choices (method, index,
 * a given rate); this class applies them to one amount.
 */
final class ConversionRun {
    /** The choices: method, index, a given rate, weights. */
    private final Conversion choices;
    private final References ref;

    private final Amount amount;
    private final Target target;
    private final Currency from;
    private final Currency to;
    private final Integer targetYear;
    private final Rate given;
    private final List<String> steps = new ArrayList<>();
    private final Map<String, ReferenceValue> rates = new LinkedHashMap<>();
    private final Map<String, ReferenceValue> indexValues = new LinkedHashMap<>();
    /** Row notes by series and text, with the periods of the rows that carry them (merged into one note each). */
    private final Map<String, List<Period>> rowNotes = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Set<Integer> rateYears = new TreeSet<>();
    private boolean rateUsed;
    private boolean deflated;
    private Method chosen;

    ConversionRun(Conversion c, Amount amount, Target target) {
        this.choices = c;
        this.ref = c.ref();
        this.amount = amount;
        this.target = target;
        this.from = amount.currency().orElseThrow(() -> new CalcException("'" + amount + "' has no currency (write it with one, e.g. "
                + Amount.of(amount.value(), Currency.USD, amount.priceBasis().orElse(null)) + ")"));
        this.to = target.currency();
        this.targetYear = target.year() == null ? null : target.year().getValue();
        this.given = resolve(c.rate());
    }

    /**
     * The method of this conversion: the one given; else deflate-then-convert when a chosen index
     * is not the USD one, or when prices change within one currency (not USD) that has its own
     * index; else convert-then-deflate.
     */
    private Method method() {
        if (chosen == null) {
            if (choices.methodGiven()) {
                chosen = choices.method();
            } else if (choices.indexSeries() != null) {
                chosen = ref.indexes().seriesFor(Currency.USD).map(choices.indexSeries()::equalsIgnoreCase).orElse(false)
                        ? Method.CONVERT_THEN_DEFLATE : Method.DEFLATE_THEN_CONVERT;
            } else if (from.equals(to) && !from.equals(Currency.USD) && ref.indexes().seriesFor(from).isPresent()) {
                chosen = Method.DEFLATE_THEN_CONVERT;
            } else {
                chosen = Method.CONVERT_THEN_DEFLATE;
            }
        }
        return chosen;
    }

    Result result() {
        Period basis = amount.priceBasis().orElse(null);
        if (basis == null && targetYear != null) {
            throw new CalcException("'" + amount + "' has no year, so its prices cannot be moved to " + targetYear
                    + " (write it as " + amount + "@YEAR)");
        }
        if (basis != null) {
            ref.redenominations().beforeLife(from, basis.first()).ifPresent(why -> {
                throw new CalcException("'" + AmountText.exact(amount) + "': " + why);
            });
        }
        Integer resultYear = targetYear != null ? targetYear : basis == null ? null : basis.first();
        if (resultYear != null) {
            ref.redenominations().beforeLife(to, resultYear).ifPresent(why -> {
                throw new CalcException("cannot express '" + AmountText.exact(amount) + "' in " + to + (targetYear != null ? " of " + targetYear : "")
                        + ": " + why.replace(" write ", " convert to "));
            });
        }
        List<Integer> years = new ArrayList<>();
        if (basis == null) {
            years.add(null);
        } else {
            for (int y = basis.first(); y <= basis.last(); y++) {
                years.add(y);
            }
        }
        List<BigDecimal> w = partWeights(years.size(), basis);
        BigDecimal sum = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        ConversionFraction total = ConversionFraction.ZERO;
        List<Part> parts = new ArrayList<>();
        List<Amount> convertedParts = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            Integer y = years.get(i);
            ConversionFraction v = ConversionFraction.of(amount.value()).times(w.get(i)).dividedBy(sum);
            Amount part = amountAt(v, from, y);
            if (years.size() > 1) {
                steps.add("part " + y + ": " + AmountText.exact(part) + (choices.weights() == null ? " (1/" + years.size() + " of " + AmountText.exact(amount) + ")"
                        : " (weight " + w.get(i).toPlainString() + " of " + sum.toPlainString() + ")"));
            }
            ConversionFraction c = convertPart(v, y);
            Amount converted = amountAt(c, to, targetYear != null ? targetYear : y);
            parts.add(new Part(part, converted));
            convertedParts.add(converted);
            total = total.plus(c);
        }
        Period resultBasis = targetYear != null ? Period.of(targetYear) : basis;
        Amount converted = Amount.of(total.value(), to, resultBasis);
        if (parts.size() > 1) {
            StringBuilder b = new StringBuilder("total: ");
            for (int i = 0; i < convertedParts.size(); i++) {
                b.append(i == 0 ? "" : " + ").append(AmountText.exact(convertedParts.get(i)));
            }
            steps.add(b.append(" = ").append(AmountText.exact(converted)).toString());
        }
        noteRateUse();
        return new Result(amount, target, deflated ? method() : null, converted, total, List.copyOf(parts),
                List.copyOf(rates.values()), List.copyOf(indexValues.values()), List.copyOf(steps), notes(), rateUsed);
    }

    private List<BigDecimal> partWeights(int n, Period basis) {
        List<BigDecimal> weights = choices.weights();
        if (weights == null) {
            return Collections.nCopies(n, BigDecimal.ONE);
        }
        if (basis == null || weights.size() != n) {
            throw new CalcException("--weights: " + weights.size() + " weight" + (weights.size() == 1 ? "" : "s") + " given, but '"
                    + amount + "' covers " + (basis == null ? "no stated years" : n + " year" + (n == 1 ? "" : "s") + " (" + basis + ")"));
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal x : weights) {
            if (x.signum() < 0) {
                throw new CalcException("--weights: " + x.toPlainString() + " is negative");
            }
            sum = sum.add(x);
        }
        if (sum.signum() == 0) {
            throw new CalcException("--weights: the weights add up to zero");
        }
        return weights;
    }

    private ConversionFraction convertPart(ConversionFraction v, Integer y) {
        if (targetYear == null || targetYear.equals(y)) {
            return currency(v, from, to, y);
        }
        deflated = true;
        if (method() == Method.CONVERT_THEN_DEFLATE) {
            ConversionFraction usd = currency(v, from, Currency.USD, y);
            ConversionFraction moved = deflate(usd, Currency.USD, y, targetYear);
            return currency(moved, Currency.USD, to, targetYear);
        }
        ConversionFraction moved = deflate(v, from, y, targetYear);
        return currency(moved, from, to, targetYear);
    }

    // ---- currencies ------------------------------------------------------------------

    /** {@code v} units of {@code a} in {@code b}, at {@code year}'s rates (year may be null when no lookup is needed). */
    private ConversionFraction currency(ConversionFraction v, Currency a, Currency b, Integer year) {
        if (a.equals(b)) {
            return v;
        }
        if (given != null && given.links(a, b) && given.appliesIn(year)) {
            return applyGiven(v, a, b, year);
        }
        List<? extends References.Redenomination> path = redenominationPath(a, b);
        if (path != null) {
            return redenominate(v, a, path, year);
        }
        ConversionFraction usd = a.equals(Currency.USD) ? v : toUsd(v, a, year);
        return b.equals(Currency.USD) ? usd : fromUsd(usd, b, year);
    }

    private ConversionFraction toUsd(ConversionFraction v, Currency a, Integer year) {
        if (given != null && given.links(a, Currency.USD) && given.appliesIn(year)) {
            return applyGiven(v, a, Currency.USD, year);
        }
        Lookup l = lookup(a, year);
        ConversionFraction inD = v;
        for (References.Redenomination link : l.links) {
            inD = redenominateForward(inD, link, year);
        }
        References.Rate r = l.rate;
        Currency d = r.currency();
        useRate(r.value());
        ConversionFraction usd = r.perUsdQuote() ? inD.dividedBy(r.published()) : inD.times(r.published());
        steps.add(d + " → USD at " + year + "'s rate: " + at(inD, d, year) + (r.perUsdQuote() ? " ÷ " : " × ")
                + r.text() + " = " + at(usd, Currency.USD, year));
        return usd;
    }

    private ConversionFraction fromUsd(ConversionFraction usd, Currency b, Integer year) {
        if (given != null && given.links(Currency.USD, b) && given.appliesIn(year)) {
            return applyGiven(usd, Currency.USD, b, year);
        }
        Lookup l = lookup(b, year);
        References.Rate r = l.rate;
        Currency d = r.currency();
        useRate(r.value());
        ConversionFraction inD = r.perUsdQuote() ? usd.times(r.published()) : usd.dividedBy(r.published());
        steps.add("USD → " + d + " at " + year + "'s rate: " + at(usd, Currency.USD, year)
                + (r.perUsdQuote() ? " × " : " ÷ ") + r.text() + " = " + at(inD, d, year));
        ConversionFraction v = inD;
        // back along the chain: b → … → d, so 1 d = product of factors units of b
        for (int i = l.links.size() - 1; i >= 0; i--) {
            v = redenominateBackward(v, l.links.get(i), year);
        }
        return v;
    }

    private ConversionFraction applyGiven(ConversionFraction v, Currency a, Currency b, Integer year) {
        rateUsed = true;
        if (year != null) {
            rateYears.add(year); // an undated amount has one part, and no other year to use the rate for
        }
        // given.unit per given.per: dividing by it takes unit → per
        ConversionFraction out = a.equals(given.unit()) ? v.dividedBy(given.value()) : v.times(given.value());
        ReferenceValue rv = new ReferenceValue(given.unit() + " per " + given.per() + " (--rate)", year == null ? 0 : year,
                year == null ? null : Period.of(year), given.value(), given.unit() + " per " + given.per(),
                Conversion.COMMAND_LINE, "--rate " + given, "", "--rate");
        rates.putIfAbsent(rv.series() + "|" + year, rv);
        steps.add(a + " → " + b + " at the given rate: " + at(v, a, year) + (a.equals(given.unit()) ? " ÷ " : " × ") + given
                + " = " + at(out, b, year) + " (--rate, " + Conversion.COMMAND_LINE + ")");
        return out;
    }

    /** The redenomination links from a to b (or from b to a, then applied in reverse); null when there are none. */
    private List<? extends References.Redenomination> redenominationPath(Currency a, Currency b) {
        List<? extends References.Redenomination> forward = ref.redenominations().chain(a);
        for (int i = 0; i < forward.size(); i++) {
            if (forward.get(i).to().equals(b)) {
                return forward.subList(0, i + 1);
            }
        }
        List<? extends References.Redenomination> backward = ref.redenominations().chain(b);
        for (int i = 0; i < backward.size(); i++) {
            if (backward.get(i).to().equals(a)) {
                return backward.subList(0, i + 1);
            }
        }
        return null;
    }

    private ConversionFraction redenominate(ConversionFraction v, Currency a, List<? extends References.Redenomination> path, Integer year) {
        ConversionFraction out = v;
        if (path.get(0).from().equals(a)) {
            for (References.Redenomination l : path) {
                out = redenominateForward(out, l, year);
            }
        } else {
            for (int i = path.size() - 1; i >= 0; i--) {
                out = redenominateBackward(out, path.get(i), year);
            }
        }
        return out;
    }

    private ConversionFraction redenominateForward(ConversionFraction v, References.Redenomination l, Integer year) {
        return redenominate(v, l, year, true);
    }

    private ConversionFraction redenominateBackward(ConversionFraction v, References.Redenomination l, Integer year) {
        return redenominate(v, l, year, false);
    }

    /** Old to new currency ({@code forward}: ÷ factor old per new) or new to old (× factor), with its step. */
    private ConversionFraction redenominate(ConversionFraction v, References.Redenomination l, Integer year, boolean forward) {
        useRate(l.value());
        ConversionFraction out = forward ? v.dividedBy(l.factor()) : v.times(l.factor());
        Currency from = forward ? l.from() : l.to();
        Currency to = forward ? l.to() : l.from();
        steps.add(from + " → " + to + " (redenomination): " + at(v, from, year) + (forward ? " ÷ " : " × ") + l.factor().toPlainString() + " "
                + l.from() + " per " + l.to() + " = " + at(out, to, year));
        return out;
    }

    /** A rate for a currency: its own row for the year, else the row of the currency it was redenominated into. */
    private Lookup lookup(Currency c, Integer year) {
        if (year == null) {
            throw new CalcException("'" + amount + "' has no year, so no " + c + " rate can be looked up (write it as "
                    + amount + "@YEAR, or give the rate with --rate \"R " + quoteHint(c) + "\")");
        }
        References.Rates fx = ref.fx();
        Optional<? extends References.Rate> own = fx.find(c, year);
        if (own.isPresent()) {
            return new Lookup(own.get(), List.of());
        }
        List<? extends References.Redenomination> chain = ref.redenominations().chain(c);
        for (int i = 0; i < chain.size(); i++) {
            Optional<? extends References.Rate> r = fx.find(chain.get(i).to(), year);
            if (r.isPresent()) {
                return new Lookup(r.get(), chain.subList(0, i + 1));
            }
        }
        StringBuilder has = new StringBuilder();
        if (fx.has(c)) {
            has.append(fx.name()).append(" has ").append(c).append(" for ").append(fx.coverage(c));
        }
        for (References.Redenomination l : chain) {
            if (fx.has(l.to())) {
                has.append(has.length() == 0 ? fx.name() + " has " : ", and ").append(l.to()).append(" (")
                        .append(c).append(" was redenominated into it) for ").append(fx.coverage(l.to()));
            }
        }
        String option = "--rate \"R " + quoteHint(c) + "\"";
        if (has.length() == 0) {
            Set<Currency> all = fx.currencies();
            throw new MissingReference("no exchange rates for " + c + " in " + fx.name() + (all.size() > 12
                    ? " or the WDI tables (they have " + all.size() + " currencies; figures data lists them)"
                    : " (it has " + String.join(", ", all.stream().map(Currency::code).toList()) + ")"),
                    "give the rate with " + option, option);
        }
        throw new MissingReference("no exchange rate for " + c + " in " + year + ": " + has,
                "nothing is interpolated: give the rate with " + option, option);
    }

    private String quoteHint(Currency c) {
        Optional<Boolean> q = ref.fx().quotesPerUsd(c);
        return q.isPresent() && !q.get() ? "USD per " + c : c + " per USD";
    }

    private void useRate(ReferenceValue v) {
        if (rates.putIfAbsent(v.series() + "|" + v.year(), v) == null) {
            steps.add(v.describe());
        }
        note(v);
    }

    // ---- price indexes ---------------------------------------------------------------

    /** {@code v} in {@code c}'s prices of {@code base} moved to prices of {@code target}, with {@code c}'s index. */
    private ConversionFraction deflate(ConversionFraction v, Currency c, int base, int target) {
        Map<Integer, BigDecimal> index = choices.index();
        References.Indexes idx = ref.indexes();
        Optional<String> series = choices.indexSeries() != null ? Optional.of(choices.indexSeries()) : idx.seriesFor(c);
        String name;
        if (series.isPresent()) {
            name = series.get();
        } else if (index.containsKey(base) && index.containsKey(target)) {
            name = c + " index (--index)";
        } else {
            String option = "--index " + base + "=VALUE --index " + target + "=VALUE";
            throw new MissingReference(method() + " needs a price index for " + c + " prices, and " + idx.name() + " has none (it has "
                    + idx.describeSeries() + ")", "give its values with " + option + ", or use --method " + Method.CONVERT_THEN_DEFLATE,
                    option);
        }
        ReferenceValue from = indexValue(name, base);
        ReferenceValue to = indexValue(name, target);
        ConversionFraction out = v.times(to.value()).dividedBy(from.value());
        steps.add(c + " prices of " + base + " → " + target + " (" + name + "): " + at(v, c, base) + " × "
                + to.value().toPlainString() + " / " + from.value().toPlainString() + " = " + at(out, c, target));
        return out;
    }

    private ReferenceValue indexValue(String series, int year) {
        Map<Integer, BigDecimal> index = choices.index();
        ReferenceValue v;
        if (index.containsKey(year)) {
            v = new ReferenceValue(series, year, Period.of(year), index.get(year), "", Conversion.COMMAND_LINE, "--index " + year + "="
                    + index.get(year).toPlainString(), "", "--index");
        } else {
            References.Indexes idx = ref.indexes();
            v = idx.find(series, year).orElseThrow(() -> new MissingReference("no " + series + " value for " + year + ": " + idx.name()
                    + " has " + series + " for " + idx.coverage(series),
                    "nothing is interpolated or extrapolated: give it with --index " + year + "=VALUE", "--index " + year + "=VALUE"));
        }
        if (indexValues.putIfAbsent(v.series() + "|" + year, v) == null) {
            steps.add(v.describe());
        }
        note(v);
        return v;
    }

    private void note(ReferenceValue v) {
        if (!v.note().isEmpty()) {
            List<Period> at = rowNotes.computeIfAbsent(v.series() + "\n" + v.note(), k -> new ArrayList<>());
            if (!at.contains(v.covers())) {
                at.add(v.covers());
            }
        }
    }

    /** {@code UK-CPI 2000 and 2010: note}: one note per series and text. */
    private List<String> notes() {
        List<String> all = new ArrayList<>();
        rowNotes.forEach((key, periods) -> {
            int nl = key.indexOf('\n');
            all.add(key.substring(0, nl) + " " + Coverage.text(periods) + ": " + key.substring(nl + 1));
        });
        all.addAll(notes);
        return List.copyOf(all);
    }

    // ---- the given rate --------------------------------------------------------------

    /** A plain --rate read in the direction the table quotes the one non-USD currency involved. */
    private Rate resolve(Rate r) {
        if (r == null || !r.isPlain()) {
            return r;
        }
        Set<Currency> others = new TreeSet<>(List.of(from, to));
        others.remove(Currency.USD);
        if (r.unit() != null) { // scoped: SUR@1972=0.829
            others = Set.of(r.unit());
        }
        if (others.isEmpty()) {
            throw new CalcException("--rate " + r + ": USD to USD needs no rate");
        }
        if (others.size() > 1) {
            throw new CalcException("--rate " + r + ": say which pair it is for, e.g. --rate \"" + r + " " + from + " per " + to
                    + "\" or --rate \"" + r + " " + from + " per USD\"");
        }
        Currency c = others.iterator().next();
        Optional<Boolean> q = ref.fx().quotesPerUsd(c);
        if (q.isEmpty()) {
            throw new CalcException("--rate " + r + ": say which way it is quoted, e.g. --rate \"" + r + " " + c + " per USD\" or --rate \""
                    + r + " USD per " + c + "\"");
        }
        Rate resolved = q.get() ? new Rate(r.value(), c, Currency.USD, r.year())
                : new Rate(r.value(), Currency.USD, c, r.year());
        steps.add("--rate " + r + " read as " + resolved + " (the way " + ref.fx().name() + " quotes " + c + ")");
        return resolved;
    }

    private void noteRateUse() {
        if (rateYears.size() > 1) {
            notes.add("--rate " + given + " was used for each of " + String.join(", ", rateYears.stream().map(String::valueOf).toList()));
        }
    }

    /** A rate row, reached through zero or more redenominations of the currency asked for. */
    private record Lookup(References.Rate rate, List<? extends References.Redenomination> links) {
    }

    private static Amount amountAt(ConversionFraction v, Currency c, Integer year) {
        return Amount.of(v.value(), c, year == null ? null : Period.of(year));
    }

    /** An intermediate value for a step: exact (or 34 digits), without trailing zeros, e.g. {@code 700m GBP@1989}. */
    private static String at(ConversionFraction v, Currency c, Integer year) {
        return AmountText.exact(amountAt(v, c, year));
    }
}
