package vn.cchc.document;

import java.util.List;

/** The end of an official document: "Nơi nhận:" and its recipients at the left, the signature block at the right. */
record Closing(String recipientsLabel, List<String> recipients, String signPrefix, String signTitle,
                      String signer) {

    public Closing {
        recipients = List.copyOf(recipients);
    }
}
