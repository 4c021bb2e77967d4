package vn.cchc.urging;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.cchc.document.OfficialDocument;
import vn.cchc.document.OfficialFormat;
import vn.cchc.document.OfficialTexts;
import vn.cchc.document.TableColumn;
import vn.cchc.document.TableRow;
import vn.cchc.vietnamese.Vietnamese;
import vn.cchc.vietnamese.VietnameseDates;
import vn.cchc.vietnamese.VietnameseNumbers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The urging letter's text, written once for both files: a công văn of Sở Nội vụ (its summary "V/v …" under the
 * number), "Kính gửi" the units, the state of things on the day, each unit's overdue tasks (reference, content,
 * deadline as the plan words it and as a date, days late) or the owed reports (period, due date), the request, and
 * "Nơi nhận" with the signature block.
 */
@Component
class LetterDocument {

    private static final Locale VI = Vietnamese.LOCALE;

    private final OfficialTexts official;
    private final MessageSource messages;

    LetterDocument(OfficialTexts official, MessageSource messages) {
        this.official = official;
        this.messages = messages;
    }

    byte[] write(OfficialFormat format, String number, LocalDate issuedOn, Listing listing) {
        boolean tasks = listing.source() == UrgingSource.TASKS;
        String summary = tasks ? text("urging.letter.summaryTasks") : text("urging.letter.summaryReports", listing.periodLabel());
        OfficialDocument doc = format.start(official.heading(text("urging.letter.number", number), "", summary, issuedOn));
        doc.paragraph(text("urging.letter.to", String.join("; ", listing.units().stream().map(Listing.UnitPart::unitName)
                .toList())), false);
        String day = VietnameseDates.format(issuedOn);
        if (tasks) {
            doc.paragraph(text("urging.letter.introTasks", day), false);
            int n = 0;
            for (Listing.UnitPart u : listing.units()) {
                doc.paragraph(text("urging.letter.unitTasks", ++n, u.unitName(), VietnameseNumbers.format(u.items().size())), true);
                doc.table(taskColumns(), taskRows(u));
            }
            doc.paragraph(text("urging.letter.requestTasks"), false);
        } else {
            LocalDate due = listing.units().get(0).items().get(0).due();
            doc.paragraph(text("urging.letter.introReports", listing.periodLabel(), VietnameseDates.format(due), day), false);
            doc.table(reportColumns(), reportRows(listing));
            doc.paragraph(text("urging.letter.requestReports"), false);
        }
        return doc.closing(official.closing(List.of(text("urging.letter.recipient1"), text("urging.letter.recipient2"),
                text("urging.letter.recipient3")))).bytes();
    }

    private List<TableColumn> taskColumns() {
        return List.of(new TableColumn(text("urging.letter.col.index"), 7, false),
                new TableColumn(text("urging.letter.col.reference"), 15, false),
                new TableColumn(text("urging.letter.col.task"), 44, true),
                new TableColumn(text("urging.letter.col.deadline"), 20, false),
                new TableColumn(text("urging.letter.col.daysLate"), 14, false));
    }

    private List<TableRow> taskRows(Listing.UnitPart u) {
        List<TableRow> rows = new ArrayList<>();
        int i = 0;
        for (Listing.Item t : u.items()) {
            rows.add(TableRow.of(List.of(String.valueOf(++i), t.reference(), t.content(), deadline(t),
                    VietnameseNumbers.format(t.daysLate()))));
        }
        return rows;
    }

    /** The plan's own words and the date they mean, once when they say the same. */
    static String deadline(Listing.Item t) {
        String date = VietnameseDates.format(t.due());
        String phrase = t.deadlineText() == null ? "" : t.deadlineText().strip();
        return phrase.isEmpty() || phrase.equals(date) ? date : phrase + " (" + date + ")";
    }

    private List<TableColumn> reportColumns() {
        return List.of(new TableColumn(text("urging.letter.col.index"), 8, false),
                new TableColumn(text("urging.letter.col.unit"), 44, true),
                new TableColumn(text("urging.letter.col.period"), 18, false),
                new TableColumn(text("urging.letter.col.due"), 15, false),
                new TableColumn(text("urging.letter.col.daysLate"), 15, false));
    }

    private List<TableRow> reportRows(Listing listing) {
        List<TableRow> rows = new ArrayList<>();
        int i = 0;
        for (Listing.UnitPart u : listing.units()) {
            for (Listing.Item r : u.items()) {
                rows.add(TableRow.of(List.of(String.valueOf(++i), u.unitName(), r.content(),
                        VietnameseDates.format(r.due()), VietnameseNumbers.format(r.daysLate()))));
            }
        }
        return rows;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
