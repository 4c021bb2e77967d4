package vn.cchc.directory;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The directory as stored, for the agency resolver. The version moves on only after a write commits,
 * so a resolver never rebuilds its index from a change that is then rolled back, nor misses one.
 */
@Component
@Primary
class DirectoryCatalogue implements UnitCatalogue {

    private final Units units;
    private final AtomicLong version = new AtomicLong(1);

    DirectoryCatalogue(Units units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DirectoryEntry> all() {
        return units.all().stream().map(Unit::entry).toList();
    }

    @Override
    public long version() {
        return version.get();
    }

    /** Called by every write; outside a transaction the change is already committed. */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.incrementAndGet();
                }
            });
        } else {
            version.incrementAndGet();
        }
    }
}
