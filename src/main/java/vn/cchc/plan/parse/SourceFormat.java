package vn.cchc.plan.parse;

/** A document's format as its first bytes reveal it; the file name is never trusted. */
enum SourceFormat {
    TEXT, DOCX, PDF, XLSX, ENCRYPTED_OOXML, LEGACY_OFFICE, ZIP_OTHER, UNKNOWN;

    static SourceFormat sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) {
            return PDF;
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            String head = new String(content, 0, Math.min(content.length, 64 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (head.contains("word/")) {
                return DOCX;
            }
            return head.contains("xl/") ? XLSX : ZIP_OTHER;
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            // An encrypted .docx/.xlsx is an OLE2 container holding "EncryptionInfo" (stored in UTF-16).
            String all = new String(content, java.nio.charset.StandardCharsets.UTF_16LE);
            return all.contains("EncryptionInfo") ? ENCRYPTED_OOXML : LEGACY_OFFICE;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
