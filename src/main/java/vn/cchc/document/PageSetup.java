package vn.cchc.document;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.math.BigInteger;

/** The page: A4, margins 20/20/30/20 mm, and a page number centred in the top margin from the second page on. */
final class PageSetup {

    private static final int TWIPS_PER_MM = 57;

    private PageSetup() {
    }

    static void apply(XWPFDocument doc, PageLayout layout) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(layout.widthTwips));
        size.setH(BigInteger.valueOf(layout.heightTwips));
        if (layout == PageLayout.LANDSCAPE) {
            // Word rotates the printout only when told; the swapped width and height alone are not enough.
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(mm(20));
        mar.setBottom(mm(20));
        mar.setLeft(mm(30));
        mar.setRight(mm(20));
        mar.setHeader(mm(10));
        mar.setFooter(mm(10));
        // A distinct (empty) first-page header is how Word leaves the number off page 1.
        sect.addNewTitlePg();
        XWPFParagraph p = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        doc.createHeader(HeaderFooterType.FIRST).createParagraph();
    }

    private static BigInteger mm(int mm) {
        return BigInteger.valueOf((long) mm * TWIPS_PER_MM);
    }
}
