package vn.cchc.feedback;

import java.time.Instant;
import java.time.LocalDate;

/** One case as stored, with the sender's contact details: only for the standing agency and the assigned unit. */
record FeedbackCase(long id, String code, FeedbackKind kind, String senderName, String senderAddress, String senderPhone,
                    String senderEmail, String title, String content, String agencyText, String fieldCode,
                    String fieldName, Long suggestedUnitId, String suggestedUnitName, Long unitId, String unitName,
                    FeedbackStatus status, LocalDate receivedOn, Instant receivedAt, LocalDate dueOn,
                    Integer remainingDays, String refusalReason, String question, String citizenReply, String answer,
                    String answeredBy, LocalDate answeredOn, String publishedBy, LocalDate publishedOn) {

    /** Answered by its due day; a case not yet answered is late once the due day has passed. */
    boolean late(LocalDate today) {
        return answeredOn != null ? answeredOn.isAfter(dueOn) : status.open() && remainingDays == null && today.isAfter(dueOn);
    }
}
