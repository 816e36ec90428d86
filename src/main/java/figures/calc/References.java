package figures.calc;

import figures.model.Currency;
import figures.model.ReferenceValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reference data a {@link Conversion} looks values up in, as calc needs it: exchange rates,
 * price indexes and redenominations. calc owns this interface and stays pure (no file is read
 * here); {@code figures.reference} implements it from the bundled or given tables, and {@code cli}
 * loads it and passes it in. Every value carries its provenance ({@link ReferenceValue}).
 */
public interface References {
    Rates fx();

    Indexes indexes();

    RedenominationTable redenominations();

    /** Exchange rates by currency and year. */
    interface Rates {
        /** The table's name, for messages ({@code data/reference/fx.csv}). */
        String name();

        Optional<? extends Rate> find(Currency c, int year);

        boolean has(Currency c);

        Set<Currency> currencies();

        /** Whether the table quotes a currency in its units per US dollar (true) or in dollars per unit (false); empty: not quoted. */
        Optional<Boolean> quotesPerUsd(Currency c);

        /** The years the table has a currency for, in words ({@code 1961-1971 and 1985-1990}). */
        String coverage(Currency c);
    }

    /** One exchange rate as published, in the direction the table quotes it. */
    interface Rate {
        /** The currency the rate is of (the rate of a redenominated currency is its successor's). */
        Currency currency();

        /** Whether {@link #published()} is units of {@link #currency()} per US dollar (else US dollars per unit). */
        boolean perUsdQuote();

        BigDecimal published();

        /** The rate with its unit, as a step shows it ({@code 0.90 SUR per USD}). */
        String text();

        ReferenceValue value();
    }

    /** Price index series by name ({@code US-CPI-U}, {@code CPI:SYR}). */
    interface Indexes {
        String name();

        boolean has(String series);

        /** The series that moves a currency's prices by default, if there is one. */
        Optional<String> seriesFor(Currency c);

        Optional<ReferenceValue> find(String series, int year);

        String coverage(String series);

        /** The series there are, in words, for messages. */
        String describeSeries();
    }

    /** One redenomination: {@code factor} units of {@code from} make 1 unit of {@code to}. */
    interface Redenomination {
        Currency from();

        Currency to();

        BigDecimal factor();

        ReferenceValue value();
    }

    /** The redenominations, and from them each currency's first year. */
    interface RedenominationTable {
        /** The links from {@code from} forward to each later currency ({@code SUR→RUR→RUB}). */
        List<? extends Redenomination> chain(Currency from);

        /** A message when {@code c} did not yet exist in {@code year}, naming the currency to write instead; empty when it did. */
        Optional<String> beforeLife(Currency c, int year);
    }
}
