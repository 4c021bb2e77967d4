package vn.cchc.feedback;

/** What the citizen is reporting: a regulation or procedure (Decree 20/2008), or how officers handled it (92/2017). */
public enum FeedbackKind {
    REGULATION, CONDUCT
}
