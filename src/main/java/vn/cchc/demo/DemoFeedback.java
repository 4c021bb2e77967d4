package vn.cchc.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.cchc.feedback.FeedbackHandling;
import vn.cchc.feedback.FeedbackIntake;
import vn.cchc.feedback.FeedbackKind;

import java.util.List;
import java.util.UUID;

/**
 * Demo installation: six citizens' feedback cases in every state of the workflow, through the real intake and steps:
 * one just received, one accepted and waiting for its unit, one refused, one with Sở Tư pháp, one waiting for the
 * citizen, and one answered by Sở Tư pháp and published by the standing agency (the published answers page).
 */
@Component
@Profile("demo")
@Order(50)
class DemoFeedback implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);

    private final JdbcClient jdbc;
    private final FeedbackIntake intake;
    private final FeedbackHandling handling;
    private final Actors actors;

    DemoFeedback(JdbcClient jdbc, FeedbackIntake intake, FeedbackHandling handling, Actors actors) {
        this.jdbc = jdbc;
        this.intake = intake;
        this.handling = handling;
        this.actors = actors;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from feedback").query(Long.class).single() > 0) {
            return;
        }
        String received = submit(1, FeedbackKind.REGULATION, "Trần Văn Bình", "Xóm 3, xã Nghi Phong", "0915 222 333", null,
                "Sở Xây dựng", "Thời gian cấp giấy phép xây dựng nhà ở riêng lẻ quá dài",
                "Hồ sơ xin phép xây dựng nhà ở của gia đình tôi nộp từ 20 ngày trước vẫn chưa có kết quả.");
        String accepted = submit(2, FeedbackKind.REGULATION, "Công ty TNHH Hoàng Long", "Khối 5, phường Trường Vinh", null,
                "lienhe@hoanglong.example.vn", "Sở Tài chính", "Đề nghị giảm thành phần hồ sơ đăng ký thay đổi doanh nghiệp",
                "Thủ tục đăng ký thay đổi người đại diện theo pháp luật yêu cầu bản sao giấy tờ đã có trên cơ sở dữ liệu quốc gia.");
        String refused = submit(3, FeedbackKind.CONDUCT, "Lê Thị Cúc", "Xóm Đông, xã Hưng Nguyên", "0988 111 444", null,
                null, "Tranh chấp đất với hàng xóm", "Đề nghị cơ quan giải quyết tranh chấp ranh giới đất với nhà bên cạnh.");
        String assigned = submit(4, FeedbackKind.CONDUCT, "Phạm Văn Dũng", "Khối 2, phường Vinh Phú", "0903 555 666", null,
                "Sở Tư pháp", "Chứng thực bản sao thu phí cao hơn quy định",
                "Khi chứng thực bản sao giấy khai sinh, tôi bị thu 10.000 đồng mỗi trang.");
        String waiting = submit(5, FeedbackKind.REGULATION, "Nguyễn Thị Em", "Xóm 7, xã Diễn Châu", null, "em.nguyen@example.vn",
                "Sở Tư pháp", "Hồ sơ đăng ký khai sinh bị trả lại nhiều lần",
                "Hồ sơ đăng ký khai sinh cho con tôi bị trả lại hai lần mà không được hướng dẫn một lần đầy đủ.");
        String published = submit(6, FeedbackKind.REGULATION, "Hồ Văn Giang", "Khối 9, phường Thành Vinh", "0912 777 888", null,
                "Sở Tư pháp", "Không niêm yết mức phí cấp phiếu lý lịch tư pháp",
                "Bộ phận một cửa không niêm yết mức phí cấp phiếu lý lịch tư pháp nên người dân không biết phải nộp bao nhiêu.");
        actors.run("snv.cchc", () -> {
            handling.accept(accepted, "DAU_TU");
            handling.refuse(refused, "Nội dung là tranh chấp đất đai giữa các hộ gia đình, không phải phản ánh về quy định hành chính; "
                    + "đề nghị ông/bà liên hệ UBND xã để được hòa giải theo Luật Đất đai.");
            for (String code : List.of(assigned, waiting, published)) {
                handling.accept(code, "HO_TICH");
                handling.assign(code, "SO_TU_PHAP");
            }
        });
        actors.run("stp.cchc", () -> {
            handling.ask(waiting, "Đề nghị bà cho biết số giấy tiếp nhận hồ sơ và ngày nộp để Sở kiểm tra.");
            handling.answer(published, "Sở Tư pháp đã yêu cầu bộ phận một cửa niêm yết đầy đủ mức phí cấp phiếu lý lịch tư pháp "
                    + "theo Thông tư của Bộ Tài chính và kiểm tra lại việc thu phí.");
        });
        actors.run("snv.cchc", () -> handling.publish(published));
        log.info("Demo feedback: {} received, {} published", received, published);
    }

    private String submit(int n, FeedbackKind kind, String name, String address, String phone, String email, String agency,
                          String title, String content) {
        return intake.submit(new FeedbackIntake.Submission(UUID.nameUUIDFromBytes(("demo-feedback-" + n).getBytes()), kind,
                name, address, phone, email, title, DemoReports.MARK + content, agency), List.of(), "demo-" + n).code();
    }
}
