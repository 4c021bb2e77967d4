package vn.cchc.inspection;

import org.springframework.context.ApplicationContext;
import vn.cchc.security.Role;
import vn.cchc.security.TestAccounts;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Accounts and forms of the inspection tests: a standing-agency officer records, units' officers report. */
final class InspectionFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    final String standingAgency;
    final String justiceOfficer;
    final String scienceOfficer;

    InspectionFixtures(ApplicationContext context) {
        TestAccounts accounts = new TestAccounts(context);
        standingAgency = accounts.create(Role.STANDING_AGENCY, "SO_NOI_VU");
        justiceOfficer = accounts.create(Role.UNIT_OFFICER, "SO_TU_PHAP");
        scienceOfficer = accounts.create(Role.UNIT_OFFICER, "SO_KHCN");
    }

    /** A notice number no other test uses. */
    static String noticeNumber() {
        return (100 + SEQ.incrementAndGet()) + "/TB-ĐKT";
    }

    static Inspections.RecommendationForm recommendation(String content, String unitCode, String deadline) {
        return new Inspections.RecommendationForm(content, "PROCEDURES", unitCode == null ? List.of() : List.of(unitCode),
                null, deadline);
    }

    /** A surprise inspection of Sở Tư pháp on 10/3/2025, notice of 14/3/2025. */
    static Inspections.InspectionForm surprise(String number, List<Inspections.RecommendationForm> recommendations) {
        return new Inspections.InspectionForm(null, InspectionKind.ADMINISTRATIVE_REFORM, true, "SO_TU_PHAP",
                LocalDate.of(2025, 3, 10), null, number, LocalDate.of(2025, 3, 14),
                List.of(new Inspections.FindingForm("PROCEDURES",
                        "Còn 12 hồ sơ thủ tục hành chính giải quyết quá hạn chưa có văn bản xin lỗi.")),
                recommendations);
    }
}
