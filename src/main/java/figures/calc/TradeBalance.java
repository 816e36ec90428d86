package figures.calc;

import figures.model.Amount;
import figures.model.Percent;
import figures.model.PercentPoints;

/**
 * Trade between two partners in one period, seen from A: exports (A to B), imports (B to A),
 * balance (exports - imports), total trade, and coverage (exports / imports, the usual
 * export-import coverage ratio: how far A's exports to B pay for its imports from B; undefined
 * when there are no imports). All exact; a ratio that does not terminate has 34 significant
 * digits. A figure that needs a missing flow is null.
 */
public record TradeBalance(Amount exports, Amount imports, Amount balance, Amount total, Percent coverage,
                           PercentPoints coverageChange) {

    /** The figures for one period; {@code previous} (may be null) gives the change of coverage in percentage points. */
    public static TradeBalance of(Amount exports, Amount imports, TradeBalance previous) {
        if (exports == null || imports == null) {
            return new TradeBalance(exports, imports, null, null, null, null);
        }
        Amount balance = exports.minus(imports);
        Amount total = exports.plus(imports);
        Percent coverage = imports.signum() > 0 ? Percent.fromRatio(exports.ratioTo(imports)) : null;
        PercentPoints change = coverage != null && previous != null && previous.coverage() != null
                ? PercentPoints.between(previous.coverage(), coverage) : null;
        return new TradeBalance(exports, imports, balance, total, coverage, change);
    }
}
