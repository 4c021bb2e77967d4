package vn.cchc.inspection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.directory.UnitRef;
import vn.cchc.plan.FollowUpPlans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A conclusion notice recorded with its points, the same way for an inspection's recommendations and a
 * steering-committee meeting's conclusions: the notice's number and date are required, each point that names units
 * becomes an item of the notice's follow-up plan, and a notice is recorded once per number (the same form sent again
 * finds the first record; another content under the same number is refused).
 */
@Component
class Conclusions {

    /** One point of a notice as typed: its text, reform area, the units picked ({@code unitCodes}) or typed, the deadline in words. */
    interface Point {
        String content();

        String area();

        List<String> unitCodes();

        String units();

        String deadline();
    }

    /** The stored record, its follow-up plan (null when no point assigns work), a task id and a warning per point. */
    record Recorded(long id, boolean created, Long followUpPlanId, List<Long> taskIds, List<String> warnings) {
    }

    /** Where each kind of notice is kept: the record's table, its points' table and the points' column naming the record. */
    enum Store {
        INSPECTION("inspection", "inspection_recommendation", "inspection_id"),
        MEETING("steering_meeting", "meeting_conclusion", "meeting_id");

        private final String records;
        private final String points;
        private final String recordColumn;

        Store(String records, String points, String recordColumn) {
            this.records = records;
            this.points = points;
            this.recordColumn = recordColumn;
        }
    }

    private final JdbcClient jdbc;
    private final ResponsibleUnits units;
    private final FollowUpPlans followUps;

    Conclusions(JdbcClient jdbc, ResponsibleUnits units, FollowUpPlans followUps) {
        this.jdbc = jdbc;
        this.units = units;
        this.followUps = followUps;
    }

    void checkNotice(String number, LocalDate date, List<String> problems) {
        if (number == null || number.isBlank()) {
            problems.add("Số thông báo kết luận: chưa có.");
        }
        if (date == null) {
            problems.add("Ngày thông báo kết luận: chưa có.");
        }
    }

    /** The point as an item of the follow-up plan, its units resolved on {@code on}; problems are added under {@code where}. */
    FollowUpPlans.Item item(Point point, String where, LocalDate on, List<String> problems) {
        if (point.content() == null || point.content().isBlank()) {
            problems.add(where + ": chưa có nội dung.");
        }
        String area = area(point.area(), where, problems);
        List<UnitRef> named = units.resolve(point.unitCodes(), point.units(), on, where, problems);
        return new FollowUpPlans.Item(point.content(), area, named.stream().map(UnitRef::id).toList(),
                named.stream().map(UnitRef::name).toList(), point.deadline());
    }

    /** What was recorded under {@code number} when the same form comes again; another content under it is refused. */
    Optional<Recorded> recordedBefore(Store store, String number, String fingerprint) {
        List<Map<String, Object>> same = jdbc.sql("select id, fingerprint, follow_up_plan_id from " + store.records
                        + " where notice_number = ?")
                .param(number).query().listOfRows();
        if (same.isEmpty()) {
            return Optional.empty();
        }
        if (!fingerprint.equals(same.get(0).get("fingerprint"))) {
            throw new InspectionRejected(List.of("Thông báo kết luận số " + number + " đã được ghi nhận với nội dung khác."));
        }
        long id = ((Number) same.get(0).get("id")).longValue();
        List<Map<String, Object>> points = jdbc.sql("select task_id, warning from " + store.points + " where "
                        + store.recordColumn + " = ? order by position")
                .param(id).query().listOfRows();
        return Optional.of(new Recorded(id, false, (Long) same.get(0).get("follow_up_plan_id"),
                points.stream().map(p -> (Long) p.get("task_id")).toList(),
                points.stream().map(p -> (String) p.get("warning")).toList()));
    }

    /** The notice's follow-up plan, published to the responsible units; null when no point assigns work. */
    FollowUpPlans.Published publish(FollowUpPlans.Kind kind, String number, String issuer, LocalDate date, String title,
                                    List<FollowUpPlans.Item> items) {
        return items.isEmpty() ? null
                : followUps.publish(new FollowUpPlans.Notice(kind, number, issuer, date, title, items));
    }

    static String area(String area, String where, List<String> problems) {
        if (area == null || area.isBlank()) {
            return "OTHER";
        }
        if (!FollowUpPlans.isReformArea(area.strip())) {
            problems.add(where + ": không có lĩnh vực \"" + area.strip() + "\".");
            return "OTHER";
        }
        return area.strip();
    }
}
