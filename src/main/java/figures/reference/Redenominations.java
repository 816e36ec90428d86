package figures.reference;

import figures.model.ReferenceValue;
import figures.model.Currency;
import figures.model.Period;
import figures.table.CsvTable;
import figures.table.TableSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Redenominations ({@code reference/redenominations.csv}: from, to, date, factor, source, note):
 * from {@code date} on, {@code factor} units of {@code from} make 1 unit of {@code to}
 * ({@code RUR,RUB,1998-01-01,1000}). Factors are exact; a currency is redenominated at most once.
 */
public final class Redenominations implements figures.calc.References.RedenominationTable {
    /** One redenomination, with its provenance. */
    public record Link(Currency from, Currency to, LocalDate date, ReferenceValue value) implements figures.calc.References.Redenomination {
        /** Units of {@code from} per 1 unit of {@code to}. */
        public BigDecimal factor() {
            return value.value();
        }
    }

    private final String name;
    private final Map<Currency, Link> byFrom;

    private Redenominations(String name, Map<Currency, Link> byFrom) {
        this.name = name;
        this.byFrom = byFrom;
    }

    /** Reads and checks the table: known currencies, ISO dates, positive factors, a source, no currency redenominated twice. */
    public static Redenominations read(TableSource source) {
        Map<Currency, Link> byFrom = new LinkedHashMap<>();
        CsvTable.of(source, "from", "to", "date", "factor", "source").forEach(row -> {
            Currency from = code(row, "from");
            Currency to = code(row, "to");
            if (from.equals(to)) {
                throw row.error("to", "a currency cannot be redenominated into itself");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(row.required("date"));
            } catch (DateTimeParseException e) {
                throw row.error("date", "'" + row.text("date") + "' is not a date (expected YYYY-MM-DD)");
            }
            BigDecimal factor = ExchangeRates.positive(row, "factor");
            ReferenceValue v = new ReferenceValue(from + " per " + to, date.getYear(), Period.of(date.getYear()), factor,
                    from + " per " + to, "redenomination, exact (from " + date + ")", row.required("source"), row.text("note"), row.where());
            Link before = byFrom.putIfAbsent(from, new Link(from, to, date, v));
            if (before != null) {
                throw row.error("from", from + " is redenominated twice (also at " + before.value().where() + ")");
            }
        });
        return new Redenominations(source.name(), byFrom);
    }

    private static Currency code(figures.table.Row row, String column) {
        String code = row.required(column);
        Currency c = Currency.lookup(code);
        if (c == null) {
            throw row.error(column, "unknown currency code '" + code + "' (expected an ISO 4217 code such as SUR, RUR, RUB)");
        }
        return c;
    }

    public String name() {
        return name;
    }

    /** The redenomination that replaced a currency, if any. */
    public Optional<Link> from(Currency c) {
        return Optional.ofNullable(byFrom.get(c));
    }

    /**
     * The first year of a currency's life, when this table says it began (it is the {@code to} of a
     * redenomination: {@code TRY} from 2005, {@code EUR} from 1999, {@code RUB} from 1998), with the
     * redenomination(s) that created it (the earliest first); empty when the table does not say.
     */
    public List<Link> introducedBy(Currency c) {
        List<Link> into = new ArrayList<>();
        for (Link l : byFrom.values()) {
            if (l.to().equals(c)) {
                into.add(l);
            }
        }
        into.sort(java.util.Comparator.comparing(Link::date));
        return into;
    }

    /**
     * An error message when {@code c} did not yet exist in {@code year}, naming the currency to write
     * instead ("TRY exists from 2005; for 2003 write TRL, 1 TRY = 1 000 000 TRL"); empty when it did.
     * A year is counted as in the currency's life when the currency began during it (GHS in 2007).
     */
    public Optional<String> beforeLife(Currency c, int year) {
        List<Link> into = introducedBy(c);
        if (into.isEmpty() || year >= into.get(0).date().getYear()) {
            return Optional.empty();
        }
        int born = into.get(0).date().getYear();
        List<Link> then = into.stream().filter(l -> l.date().getYear() > year).toList();
        StringBuilder b = new StringBuilder();
        b.append(c).append(" exists from ").append(born).append("; for ").append(year).append(" write ");
        if (then.size() == 1) {
            Link l = then.get(0);
            b.append(l.from()).append(", 1 ").append(c).append(" = ").append(grouped(l.factor())).append(' ').append(l.from());
            Optional<String> older = beforeLife(l.from(), year);
            if (older.isPresent()) {
                b.append(" (and ").append(older.get()).append(')');
            }
        } else {
            b.append("the currency of the country (").append(String.join(", ", then.stream().map(l -> l.from().code()).toList()))
                    .append("), e.g. 1 ").append(c).append(" = ").append(grouped(then.get(0).factor())).append(' ').append(then.get(0).from());
        }
        return Optional.of(b.toString());
    }

    /** {@code 1000000} as {@code 1 000 000}; decimals as written. */
    static String grouped(BigDecimal v) {
        String plain = v.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                g.append(' ');
            }
            g.append(whole.charAt(i));
        }
        return dot < 0 ? g.toString() : g + plain.substring(dot);
    }

    /** The links from {@code from} forward to each later currency ({@code SUR→RUR→RUB}), stopping at a cycle. */
    public List<Link> chain(Currency from) {
        List<Link> links = new ArrayList<>();
        Currency at = from;
        while (byFrom.containsKey(at) && links.size() < byFrom.size()) {
            Link l = byFrom.get(at);
            links.add(l);
            at = l.to();
            if (at.equals(from)) {
                break;
            }
        }
        return links;
    }
}
