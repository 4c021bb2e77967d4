package vn.cchc.vietnamese;

import org.junit.jupiter.api.Test;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseOrderTest {

    private static final List<String> PLACES = List.of("Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Đô Lương", "Anh Sơn",
            "Thanh Chương", "Hưng Nguyên", "Nam Đàn", "Yên Thành", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong",
            "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn", "Tân Kỳ", "Thái Hòa", "Hoàng Mai", "Cửa Lò");

    /** 2,000 distinct names of communes, wards and departments, shuffled the same way on every run. */
    private static List<String> twoThousandUnitNames() {
        List<String> names = new ArrayList<>();
        for (String kind : List.of("Xã", "Phường", "Ủy ban nhân dân xã", "Trung tâm Phục vụ hành chính công", "Ban Quản lý dự án")) {
            for (String place : PLACES) {
                for (int n = 1; n <= 20; n++) {
                    names.add(kind + " " + place + " " + n);
                }
            }
        }
        Collections.shuffle(names, new Random(2026));
        return names;
    }

    private static Collator vietnamese() {
        Collator c = Collator.getInstance(Vietnamese.LOCALE);
        c.setStrength(Collator.TERTIARY);
        return c;
    }

    /** The collator's work, counted: each compare or key normalises the texts it is given. */
    private static final class CountingCollator extends Collator {
        private final Collator vietnamese = vietnamese();
        int compares;
        int keys;

        @Override
        public int compare(String source, String target) {
            compares++;
            return vietnamese.compare(source, target);
        }

        @Override
        public CollationKey getCollationKey(String source) {
            keys++;
            return vietnamese.getCollationKey(source);
        }

        @Override
        public int hashCode() {
            return vietnamese.hashCode();
        }
    }

    @Test
    void sortingTwoThousandUnitNamesCollatesEachNameOnce() {
        List<String> names = twoThousandUnitNames();
        assertThat(names).hasSize(2000).doesNotHaveDuplicates();
        CountingCollator collator = new CountingCollator();

        names.sort(VietnameseOrder.texts(collator));

        assertThat(collator.compares + collator.keys).isEqualTo(2000);
    }

    @Test
    void namesSortAsTheCollatorComparesThem() {
        List<String> byComparator = twoThousandUnitNames();
        List<String> byCollator = twoThousandUnitNames();
        byComparator.sort(VietnameseOrder.texts());
        Collator collator = vietnamese();
        byCollator.sort(collator::compare);

        assertThat(byComparator).isEqualTo(byCollator);
    }

    @Test
    void dSortsBeforeĐAndABeforeÂ() {
        List<String> names = new ArrayList<>(List.of("Xã Đông Sơn", "Xã Ân Hòa", "Xã Dương Liễu", "Xã An Sơn"));
        names.add(null);
        names.sort(VietnameseOrder.texts());

        assertThat(names).containsExactly("Xã An Sơn", "Xã Ân Hòa", "Xã Dương Liễu", "Xã Đông Sơn", null);
    }
}
