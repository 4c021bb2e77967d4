package vn.cchc.indicator;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The heatmap of a period, computed once per node and day: the page and each group's rows read it on every view, and
 * its cells change only when a report is approved or returned, a source's values change (a dossier upload) or a
 * target is saved; each of these empties the cache once its transaction has committed. Another node does not hear
 * those events, so its copy may lag by at most {@link #TTL} (so do edits of the directory, which have no event).
 */
@Component
class HeatmapCache {

    static final Duration TTL = Duration.ofMinutes(10);

    /** "Today" is part of the key: whether the period is closed, and its latest month, depend on it. */
    private record Key(String period, boolean allUnits, LocalDate today) {
    }

    private final CaffeineCache cache;
    private final Clock clock;

    HeatmapCache(CaffeineCache heatmapsCache, Clock clock) {
        this.cache = heatmapsCache;
        this.clock = clock;
    }

    Achievements.Heatmap get(Period period, boolean allUnits, Supplier<Achievements.Heatmap> compute) {
        return cache.get(new Key(period.key(), allUnits, LocalDate.now(clock)), compute::get);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportApproved approved) {
        cache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportReturned returned) {
        cache.clear();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(SourceValuesChanged changed) {
        cache.clear();
    }

    /** For writes inside this module that have no event (a target saved): forget once they have committed. */
    void forgetAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    cache.clear();
                }
            });
        } else {
            cache.clear();
        }
    }

    /** A Spring {@link org.springframework.cache.Cache}, so that whoever must can empty every cache of the node. */
    @Configuration
    static class Caches {

        @Bean
        CaffeineCache heatmapsCache() {
            return new CaffeineCache("heatmaps", Caffeine.newBuilder().maximumSize(16).expireAfterWrite(TTL).build());
        }
    }
}
