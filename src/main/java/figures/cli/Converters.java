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
