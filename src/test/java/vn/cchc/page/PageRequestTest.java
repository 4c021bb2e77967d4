package vn.cchc.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page request is bounded: the size is capped, a page number beyond the allowed ones is refused. */
class PageRequestTest {

    @Test
    void aPageOfAMillionRowsIsServedAsAPageOfAHundred() {
        PageRequest request = PageRequest.of(1, 1_000_000);
        assertThat(request.size()).isEqualTo(PageRequest.MAX_SIZE);
        assertThat(request.limitPlusOne()).isEqualTo(101);
    }

    @Test
    void pageTenThousandIsRefusedInsteadOfSkippingHalfAMillionRows() {
        assertThatThrownBy(() -> PageRequest.of(10_000, 50)).isInstanceOf(PageOutOfRange.class)
                .satisfies(e -> assertThat(((PageOutOfRange) e).page()).isEqualTo(10_000));
    }

    @Test
    void pageZeroIsRefused() {
        assertThatThrownBy(() -> PageRequest.of(0, 50)).isInstanceOf(PageOutOfRange.class);
    }

    @Test
    void withoutParametersItIsTheFirstPageOfFifty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 50));
    }

    @Test
    void theDeepestOffsetIsBounded() {
        assertThat(PageRequest.of(PageRequest.MAX_PAGE, 1_000_000).offset()).isEqualTo(199 * 100);
    }

    @Test
    void theRowBeyondThePageOnlySaysThatANextPageExists() {
        Page<Integer> page = Page.of(List.of(1, 2, 3), new PageRequest(2, 2));
        assertThat(page.items()).containsExactly(1, 2);
        assertThat(page.nextNumber()).isEqualTo(3);
        assertThat(Page.of(List.of(1, 2), new PageRequest(2, 2)).nextNumber()).isZero();
    }
}
