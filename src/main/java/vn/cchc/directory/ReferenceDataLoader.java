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
 * Adds the units of the bundled reference list (directory/units.tsv) that the stored directory lacks, at
 * start-up, before accounts are created for units (FirstAdministrator runs at order 20). It goes through the
 * same validated path as an Excel import. Units already stored are never touched: once a unit exists, the
 * province's own edits win over the bundled list, so a restart never reverts them.
 * Switch off with cchc.directory.load-reference=false.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "cchc.directory.load-reference", havingValue = "true", matchIfMissing = true)
class ReferenceDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final UnitBatchImport batchImport;
    private final Directory directory;

    ReferenceDataLoader(UnitBatchImport batchImport, Directory directory) {
        this.batchImport = batchImport;
        this.directory = directory;
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
                .filter(e -> directory.findByCode(e.unit().code()).isEmpty())
                .map(e -> new UnitRow((int) e.unit().id(), UnitStructure.of(e)))
                .toList();
        return batchImport.run(UnitBatch.complete(ReferenceDirectory.DEFAULT_RESOURCE, rows));
    }
}
