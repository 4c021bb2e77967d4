package vn.cchc.document;

/** The file an official document is written as: Word for editing before signature, PDF for reading and printing. */
public enum OfficialFormat {
    DOCX(OfficialDocx.CONTENT_TYPE, "docx"),
    PDF(OfficialPdf.CONTENT_TYPE, "pdf");

    private final String contentType;
    private final String extension;

    OfficialFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public OfficialDocument start(DocumentHeading heading) {
        return start(heading, PageLayout.PORTRAIT);
    }

    public OfficialDocument start(DocumentHeading heading, PageLayout layout) {
        return this == DOCX ? new OfficialDocx(heading, layout) : new OfficialPdf(heading, layout);
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
