package figures.chart;

import figures.calc.LoanSchedule;
import figures.model.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** {@code loan --chart}: each payment of the schedule as a bar of interest and principal. */
public final class LoanChart {
    private LoanChart() {
    }

    /**
     * The schedule's payments; {@code firstYear} (the year of commitment, or null) labels the
     * bars by calendar year, else by payment number.
     */
    public static Chart of(LoanSchedule s, Period firstYear, String title, String source) {
        int f = s.terms().frequency();
        List<String> categories = new ArrayList<>();
        List<BigDecimal> interest = new ArrayList<>();
        List<BigDecimal> principal = new ArrayList<>();
        for (LoanSchedule.Line l : s.lines()) {
            // the calendar year as the schedule table gives it; with several payments a year, also the payment's number
            String label = firstYear == null ? String.valueOf(l.period())
                    : (firstYear.first() + l.period() / f) + (f == 1 ? "" : " (" + l.period() + ")");
            categories.add(label);
            interest.add(l.interest());
            principal.add(l.principal());
        }
        List<BigDecimal> payments = new ArrayList<>();
        s.lines().forEach(l -> payments.add(l.payment()));
        Unit unit = Unit.of(payments, s.principal().currency().orElse(null), s.principal().priceBasis().orElse(null));
        List<BigDecimal> i = new ArrayList<>();
        List<BigDecimal> p = new ArrayList<>();
        interest.forEach(v -> i.add(unit.scaled(v)));
        principal.forEach(v -> p.add(unit.scaled(v)));
        String every = switch (f) {
            case 1 -> "year";
            case 2 -> "half-year";
            case 4 -> "quarter";
            case 12 -> "month";
            default -> "period";
        };
        String axis = firstYear == null ? "payment number (one a " + every + ")" : f == 1 ? "year" : "year (payment number)";
        return new Chart(Chart.Kind.STACKED_BARS, TableChart.capitalised(title), axis, unit.axis("payment"), source, categories,
                List.of(new Chart.Series("interest", i), new Chart.Series("principal", p)));
    }
}
