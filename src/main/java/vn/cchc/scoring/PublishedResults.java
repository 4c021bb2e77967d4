package vn.cchc.scoring;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The results of published rounds, computed once per node: the public ranking, the leader's home page and last
 * year's comparison read them on every view, and a published round's scores no longer change. Bounded in size and in
 * time; emptied for a round as soon as its publication commits on this node. Another node does not hear that event
 * (it runs where the round was published), so its copy may lag by at most {@link #TTL}; see docs/ARCHITECTURE.md.
 */
@Component
class PublishedResults {

    static final Duration TTL = Duration.ofMinutes(5);

    private final CaffeineCache cache;

    PublishedResults(CaffeineCache publishedResultsCache) {
        this.cache = publishedResultsCache;
    }

    List<Results.UnitResult> get(long roundId, Supplier<List<Results.UnitResult>> compute) {
        return cache.get(roundId, () -> List.copyOf(compute.get()));
    }

    /** Publishing again (after a correction) replaces the figures: forget them once the publication has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RoundPublished published) {
        cache.evict(published.roundId());
    }

    /** A Spring {@link org.springframework.cache.Cache}, so that whoever must can empty every cache of the node. */
    @Configuration
    static class Caches {

        @Bean
        CaffeineCache publishedResultsCache() {
            return new CaffeineCache("published-results",
                    Caffeine.newBuilder().maximumSize(20).expireAfterWrite(TTL).build());
        }
    }
}
