package figures.cli;

import figures.model.Amount;
import figures.model.CalcException;
import figures.model.Currency;
import figures.model.Percent;
import figures.model.Period;
import figures.render.Format;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** picocli converters for the model types; their messages name the bad value and what is accepted. */
final class Converters {
    private Converters() {
    }

    static void register(CommandLine cl) {
        cl.registerConverter(Amount.class, wrap(Amount::parse));
        cl.registerConverter(Percent.class, wrap(Percent::parseStated)); // 0.025 refused as ambiguous, as everywhere
        cl.registerConverter(Period.class, wrap(Period::parse));
        cl.registerConverter(Currency.class, wrap(Currency::of));
        cl.registerConverter(Format.class, s -> {
            try {
                return Format.parse(s);
            } catch (RuntimeException e) {
                throw new TypeConversionException("'" + s + "' is not a format (expected table, csv, tsv, json or md)");
            }
        });
    }

    /**
     * Refuses an amount given in a year its currency did not yet exist ({@code 500m TRY@2003}: "TRY
     * exists from 2005; for 2003 write TRL, ..."), as convert and eval do, from the data set's
     * redenomination table (none in use: nothing to check against). A null amount (an option not given) passes.
     */
    static void inLife(figures.table.DataSet data, String option, Amount a) {
        if (a == null || a.currency().isEmpty() || a.priceBasis().isEmpty() || !data.has(figures.reference.ReferenceData.REDENOMINATIONS)) {
            return;
        }
        figures.reference.Redenominations.read(data.table(figures.reference.ReferenceData.REDENOMINATIONS))
                .beforeLife(a.currency().get(), a.priceBasis().get().first())
                .ifPresent(why -> {
                    throw new figures.model.UsageException(option + ": '" + a + "': " + why);
                });
    }

    /** As {@link #inLife(figures.table.DataSet, String, Amount)} for a table's row: the error names file:line and the column. */
    static void inLife(figures.table.DataSet data, String file, long line, Amount a, int year) {
        if (a == null || a.currency().isEmpty() || !data.has(figures.reference.ReferenceData.REDENOMINATIONS)) {
            return;
        }
        figures.reference.Redenominations.read(data.table(figures.reference.ReferenceData.REDENOMINATIONS))
                .beforeLife(a.currency().get(), year)
                .ifPresent(why -> {
                    throw new figures.model.InputException(file, line, "column 'currency': " + why);
                });
    }

    private static <T> ITypeConverter<T> wrap(java.util.function.Function<String, T> parse) {
        return s -> {
            try {
                return parse.apply(s);
            } catch (CalcException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }
}
