package vn.cchc.survey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.MessageSource;
import vn.cchc.spreadsheet.TableSheet;
import vn.cchc.spreadsheet.WorkbookWriter;
import vn.cchc.vietnamese.Vietnamese;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A campaign as Excel: the raw anonymous answers, one row per response (a running number, never the stored id;
 * unit, group, channel, day, one column per item), and the indices per unit, item by item. Written through the
 * streamed {@link WorkbookWriter}; responses are read in order and written as they come.
 */
@Component
class SurveyExport {

    private final JdbcClient jdbc;
    private final SurveyResults results;
    private final MessageSource messages;

    SurveyExport(JdbcClient jdbc, SurveyResults results, MessageSource messages) {
        this.jdbc = jdbc;
        this.results = results;
        this.messages = messages;
    }

    private String text(String key) {
        return messages.getMessage(key, null, Vietnamese.LOCALE);
    }

    @Transactional(readOnly = true)
    byte[] workbook(long campaignId) {
        SurveyResults.Report report = results.report(campaignId);
        Questionnaire q = report.questionnaire();
        List<Questionnaire.Item> items = q.items();
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            column.put(items.get(i).id(), i);
        }
        Map<Long, String> units = new HashMap<>();
        report.units().forEach(r -> units.put(r.unit().id(), r.unit().name()));
        try (WorkbookWriter book = new WorkbookWriter()) {
            TableSheet raw = book.sheet("Phiếu trả lời");
            List<String> header = new ArrayList<>(List.of("STT", "Đơn vị", "Đối tượng", "Hình thức", "Ngày"));
            items.forEach(i -> header.add(i.code()));
            raw.title(report.campaign().name()).header(header).freezeRowsAbove();
            int[] number = {0};
            UUID[] current = {null};
            Object[][] row = {null};
            jdbc.sql("""
                            select r.id, r.unit_id, r.respondent_group, r.channel, r.answered_on, a.item_id, a.value, a.choice, a.comment
                            from survey_response r left join survey_answer a on a.response_id = r.id
                            where r.campaign_id = ? order by r.unit_id, r.answered_on, r.id""").param(campaignId)
                    .query(rs -> {
                        UUID id = rs.getObject("id", UUID.class);
                        if (!id.equals(current[0])) {
                            if (row[0] != null) {
                                raw.row(row[0]);
                            }
                            current[0] = id;
                            row[0] = new Object[5 + items.size()];
                            row[0][0] = ++number[0];
                            row[0][1] = units.get(rs.getLong("unit_id"));
                            row[0][2] = text("survey.group." + rs.getString("respondent_group"));
                            row[0][3] = text("survey.channel." + rs.getString("channel"));
                            row[0][4] = rs.getObject("answered_on", java.time.LocalDate.class);
                        }
                        Integer c = column.get(rs.getLong("item_id"));
                        if (c != null) {
                            Object v = rs.getObject("value") != null ? (Object) rs.getInt("value")
                                    : rs.getString("choice") != null ? rs.getString("choice") : rs.getString("comment");
                            row[0][5 + c] = v;
                        }
                    });
            if (row[0] != null) {
                raw.row(row[0]);
            }
            TableSheet indices = book.sheet("Chỉ số");
            List<String> head = new ArrayList<>(List.of("Đơn vị", "Số phiếu", "Cỡ mẫu", "Chỉ số chung (%)"));
            List<Questionnaire.Section> scored = q.sections().stream().filter(Questionnaire.Section::scored).toList();
            scored.forEach(s -> head.add(s.code() + " (%)"));
            List<Questionnaire.Item> rated = items.stream().filter(i -> i.scale() == Scale.SATISFACTION5).toList();
            rated.forEach(i -> head.add(i.code() + " (%)"));
            indices.title(report.campaign().name()).header(head).freezeRowsAbove();
            indices.boldRow(rowOf("Toàn đợt", report.responses(), null, report.overall(), scored, rated));
            for (SurveyResults.Row r : report.units()) {
                indices.row(rowOf(r.label(), r.responses(), r.sample(), r.indices(), scored, rated));
            }
            return book.bytes();
        }
    }

    private static Object[] rowOf(String label, long responses, Integer sample, Indices x, List<Questionnaire.Section> scored,
                                  List<Questionnaire.Item> rated) {
        List<Object> out = new ArrayList<>(List.of(label, responses));
        out.add(sample);
        out.add(x.overall());
        scored.forEach(s -> out.add(x.element(s.code())));
        rated.forEach(i -> out.add(x.items().get(i.code())));
        return out.toArray();
    }

}
