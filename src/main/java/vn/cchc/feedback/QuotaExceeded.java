package vn.cchc.feedback;

/** An address that sent more than its quota: refused with the reason and answered 429. */
class QuotaExceeded extends FeedbackRejected {

    QuotaExceeded(String problem) {
        super(problem);
    }
}
