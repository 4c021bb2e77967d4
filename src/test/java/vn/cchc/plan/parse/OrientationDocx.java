package vn.cchc.plan.parse;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;

/**
 * Seed 000's orientation table as an officer receives it in Word: the leading agency written once and merged down
 * over the four quarters (vMerge), the group heading merged across the table (gridSpan).
 */
public final class OrientationDocx {

    private static final String[][] QUARTERS = {
            {"1", "Việc triển khai các nội dung trọng tâm: Đẩy mạnh chuyển đổi số, nâng cao tỷ lệ dịch vụ công trực tuyến toàn trình", "Quý I/2024"},
            {"2", "Kết quả thực hiện Chỉ số cải cách hành chính năm 2023 của tỉnh Nghệ An", "Quý II/2024"},
            {"3", "Việc thực hiện cơ chế một cửa, một cửa liên thông theo Nghị định 61/2018/NĐ-CP", "Quý III/2024"},
            {"4", "Kết quả cải cách hành chính năm 2024; mô hình, cách làm hay", "Quý IV/2024"}};

    private OrientationDocx() {
    }

    public static byte[] seed000Quarters() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Số: 15/SNV-CCHC");
            document.createParagraph().createRun().setText("Nghệ An, ngày 10 tháng 01 năm 2024");
            document.createParagraph().createRun().setText("KẾ HOẠCH");
            document.createParagraph().createRun().setText("Tuyên truyền cải cách hành chính năm 2024");
            XWPFTable table = document.createTable(1, 5);
            String[] header = {"STT", "Nội dung tuyên truyền", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"};
            for (int c = 0; c < 5; c++) {
                table.getRow(0).getCell(c).setText(header[c]);
            }
            XWPFTableRow group = table.createRow();
            group.getCell(0).setText("I. NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM");
            while (group.getTableCells().size() > 1) {
                group.removeCell(1);
            }
            group.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
            for (int r = 0; r < QUARTERS.length; r++) {
                XWPFTableRow row = table.createRow();
                while (row.getTableCells().size() < 5) {
                    row.addNewTableCell();
                }
                row.getCell(0).setText(QUARTERS[r][0]);
                row.getCell(1).setText(QUARTERS[r][1]);
                XWPFTableCell lead = row.getCell(2);
                if (r == 0) {
                    lead.setText("Sở Nội vụ");
                    lead.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                } else {
                    lead.getCTTc().addNewTcPr().addNewVMerge();
                }
                row.getCell(3).setText("Đài Phát thanh - Truyền hình tỉnh; Báo Nghệ An");
                row.getCell(4).setText(QUARTERS[r][2]);
            }
            document.write(out);
            return out.toByteArray();
        }
    }
}
