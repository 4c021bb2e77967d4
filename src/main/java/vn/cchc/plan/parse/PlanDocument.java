package vn.cchc.plan.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * The document's identity. {@code number} keeps the symbol even when the number is still blank
 * ("/SNV-CCHC" for a letter not yet numbered); {@code date} is null when the day is blank.
 */
public record PlanDocument(String number, DocumentType type, String title, String issuer, String place,
                           LocalDate date, String signer, Integer year, List<DocumentReference> references) {

    public PlanDocument {
        references = List.copyOf(references);
    }
}
