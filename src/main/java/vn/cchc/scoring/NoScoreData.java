package vn.cchc.scoring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The default source: reads nothing, so a computed item shows "chưa có dữ liệu" until plan or indicator answer. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class NoScoreData implements ScoreSource {
}
