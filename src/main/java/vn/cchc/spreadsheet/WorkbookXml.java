package vn.cchc.spreadsheet;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** From xl/workbook.xml: the relationship of the first sheet (in tab order) and whether dates count from 1904. */
final class WorkbookXml extends DefaultHandler {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    String firstSheet;
    boolean date1904;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (localName.equals("workbookPr")) {
            String v = attributes.getValue("date1904");
            date1904 = "1".equals(v) || "true".equalsIgnoreCase(v);
        } else if (localName.equals("sheet") && firstSheet == null) {
            firstSheet = attributes.getValue(RELATIONSHIPS, "id");
        }
    }
}
