package vn.cchc.dossier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Counts dossier rows by what an ingest did with them ({@value #NAME}): inserted and updated rows of files that
 * were stored, refused rows of files that were rejected (all of a rejected file's rows: it is all or nothing).
 * Counted after the commit, so a rolled-back file is never counted as stored.
 */
@Component
class IngestMeter {

    static final String NAME = "cchc.dossier.ingest.rows";

    private final Counter inserted;
    private final Counter updated;
    private final Counter refused;

    IngestMeter(MeterRegistry registry) {
        inserted = counter(registry, "inserted");
        updated = counter(registry, "updated");
        refused = counter(registry, "refused");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(NAME).description("Dossier rows ingested on this node, by outcome")
                .tag("outcome", outcome).register(registry);
    }

    void stored(IngestResult result) {
        inserted.increment(result.rowsNew());
        updated.increment(result.rowsUpdated());
    }

    void refused(long rows) {
        refused.increment(rows);
    }
}
