package vn.cchc.dossier;

import vn.cchc.vietnamese.VietnameseFolding;

import java.util.List;

/**
 * A column of the catalogue's Excel file and a field of its edit form. The header is the Vietnamese name of the
 * bundle ({@code procedure.column.<key>}) or the technical name, in any case, with or without diacritics.
 */
enum ProcedureColumn {
    CODE(true, "code", "ma_thu_tuc", "ma_tthc"),
    NAME(true, "name", "ten_thu_tuc", "ten_tthc"),
    FIELD(true, "field_code", "linh_vuc", "ma_linh_vuc"),
    ONLINE_LEVEL(false, "online_level", "muc_do", "muc_do_truc_tuyen"),
    FEE(false, "fee", "phi", "le_phi"),
    PROCESSING_DAYS(false, "processing_days", "thoi_han", "thoi_han_giai_quyet");

    final boolean required;
    final List<String> technicalNames;

    ProcedureColumn(boolean required, String... technicalNames) {
        this.required = required;
        this.technicalNames = List.of(technicalNames);
    }

    String messageKey() {
        return "procedure.column." + technicalNames.get(0);
    }

    /** Whether a header cell names this column, given the column's Vietnamese name. */
    boolean isNamedBy(String header, String vietnameseName) {
        String folded = VietnameseFolding.foldSpaced(header);
        return folded.equals(VietnameseFolding.foldSpaced(vietnameseName))
                || technicalNames.stream().anyMatch(t -> folded.equals(VietnameseFolding.foldSpaced(t.replace('_', ' ')))
                || folded.equals(t));
    }
}
