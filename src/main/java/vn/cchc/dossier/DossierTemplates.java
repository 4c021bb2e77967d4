package vn.cchc.dossier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * What an officer needs to write a dossier file: each column's Vietnamese name (which the reader accepts as the
 * header), whether it is required, an example and the values accepted; and the empty templates built from the same
 * names, so a template filled in is read back column for column.
 */
@Component
class DossierTemplates {

    /** One column as the upload page and the template's guide sheet show it. */
    record ColumnGuide(String header, String name, boolean required, String example, String accepted) {
    }

    private final MessageSource messages;

    DossierTemplates(MessageSource messages) {
        this.messages = messages;
    }

    List<ColumnGuide> guide() {
        return Arrays.stream(Column.values()).map(c -> new ColumnGuide(c.header(), text("dossier.column." + c.header()),
                c.required, text("dossier.column." + c.header() + ".example"), accepted(c))).toList();
    }

    private String accepted(Column c) {
        return switch (c) {
            case CHANNEL -> Channel.accepted();
            case STATUS -> DossierStatus.accepted();
            case DIGITISED, ELECTRONIC_RESULT, PAID_ONLINE, APOLOGY, SYNCED, COMPLAINT -> text("dossier.column.yesNo");
            case RECEIVED_AT, DUE_AT, FINISHED_AT, RETURNED_AT -> text("dossier.column.dateTime");
            default -> "";
        };
    }

    /** The header line in Vietnamese, with a BOM so that Excel opens the diacritics right. */
    byte[] csv() {
        String header = String.join(",", guide().stream().map(ColumnGuide::name).map(DossierTemplates::quoted).toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String quoted(String name) {
        return name.indexOf(',') >= 0 ? '"' + name + '"' : name;
    }

    /** The first sheet holds the header row only (the one read back); the second explains each column. */
    byte[] xlsx() {
        List<ColumnGuide> guide = guide();
        try (WorkbookWriter writer = new WorkbookWriter()) {
            writer.sheet(text("dossier.template.sheet")).header(guide.stream().map(ColumnGuide::name).toList())
                    .freezeRowsAbove();
            TableSheet help = writer.sheet(text("dossier.template.guideSheet"))
                    .header(List.of(text("dossier.template.col.name"), text("dossier.template.col.required"),
                            text("dossier.template.col.example"), text("dossier.template.col.accepted")));
            guide.forEach(g -> help.row(g.name(), text(g.required() ? "dossier.yes" : "dossier.no"), g.example(), g.accepted()));
            help.widths(28, 10, 28, 80);
            return writer.bytes();
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
