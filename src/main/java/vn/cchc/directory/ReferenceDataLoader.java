package vn.cchc.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Brings the stored directory up to the bundled reference list (directory/units.tsv) at start-up, before
 * accounts are created for units (FirstAdministrator runs at order 20). It goes through the same upsert as an
 * Excel import, so a restart with unchanged data writes nothing and adds no audit entry.
 * Switch off with cchc.directory.load-reference=false once the province maintains the list itself.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cchc.directory.load-reference", havingValue = "true", matchIfMissing = true)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final UnitBatchImport batchImport;

    ReferenceDataLoader(UnitBatchImport batchImport) {
        this.batchImport = batchImport;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportResult result = load(new ReferenceDirectory());
        if (!result.accepted()) {
            throw new IllegalStateException("The reference directory was refused:\n  " + result.errors().stream()
                    .map(ImportError::message).collect(Collectors.joining("\n  ")));
        }
        if (result.created() + result.updated() > 0) {
            log.info("Reference directory: {} units created, {} updated, {} unchanged",
                    result.created(), result.updated(), result.unchanged());
        }
    }

    ImportResult load(ReferenceDirectory reference) {
        // the reference entry's id is its line in units.tsv, which is what an error message should quote
        List<UnitRow> rows = reference.all().stream()
                .map(e -> new UnitRow((int) e.unit().id(), UnitStructure.of(e)))
                .toList();
        return batchImport.run(UnitBatch.complete(ReferenceDirectory.DEFAULT_RESOURCE, rows));
    }
}
