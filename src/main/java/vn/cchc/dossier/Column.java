package vn.cchc.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.cchc.vietnamese.VietnameseFolding;

/**
 * The columns of a dossier file (CSV header or JSON key). English or Vietnamese names are accepted, with or
 * without diacritics, in any case: "Mã hồ sơ", "ma_ho_so" and "code" name the same column.
 */
enum Column {
    CODE(true, "code", "dossier_code", "ma_ho_so"),
    PROCEDURE_CODE(true, "procedure_code", "ma_thu_tuc", "ma_tthc"),
    FIELD_CODE(false, "field_code", "ma_linh_vuc", "linh_vuc"),
    UNIT_CODE(true, "unit_code", "ma_don_vi", "don_vi"),
    RECEIVED_AT(true, "received_at", "ngay_tiep_nhan"),
    DUE_AT(true, "due_at", "han_xu_ly", "han_giai_quyet"),
    FINISHED_AT(false, "finished_at", "ngay_hoan_thanh", "ngay_ket_thuc_xu_ly"),
    RETURNED_AT(false, "returned_at", "ngay_tra_ket_qua"),
    CHANNEL(true, "channel", "kenh", "kenh_nop"),
    SUPPLEMENT_REQUESTS(false, "supplement_requests", "so_lan_bo_sung"),
    SUPPLEMENT_DAYS(false, "supplement_days", "so_ngay_bo_sung"),
    DIGITISED(false, "digitised", "so_hoa"),
    ELECTRONIC_RESULT(false, "electronic_result", "ket_qua_dien_tu"),
    FEE(false, "fee", "phi", "phi_le_phi"),
    PAID_ONLINE(false, "paid_online", "thanh_toan_truc_tuyen"),
    APOLOGY(false, "apology", "xin_loi", "phieu_xin_loi"),
    SYNCED(false, "synced", "dong_bo", "dong_bo_cong_quoc_gia"),
    COMPLAINT(false, "complaint", "phan_anh", "khong_hai_long"),
    STATUS(false, "status", "trang_thai");

    final boolean required;
    final List<String> names;

    Column(boolean required, String... names) {
        this.required = required;
        this.names = List.of(names);
    }

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : values()) {
            c.names.forEach(n -> BY_NAME.put(n, c));
        }
    }

    String header() {
        return names.get(0);
    }

    static Column of(String name) {
        return BY_NAME.get(key(name));
    }

    /** "Mã hồ sơ" → "ma_ho_so". */
    static String key(String name) {
        return VietnameseFolding.fold(name.strip()).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
