package vn.cchc.survey;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.cchc.directory.Directory;
import vn.cchc.document.SlipSheet;
import vn.cchc.vietnamese.VietnameseDates;

import java.util.List;
import java.util.Map;

/**
 * A batch's codes as A4 slips for the counter: a QR code that opens {@code /public/survey?code=…} on a phone, the
 * code to type by hand, the unit and the last day it can be used. Printed once, when the batch is issued.
 */
@Component
class CodeSlips {

    private final String baseUrl;
    private final Directory directory;

    CodeSlips(@Value("${cchc.public.base-url:${cchc.mail.base-url:http://localhost:8080}}") String baseUrl, Directory directory) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.directory = directory;
    }

    byte[] pdf(OneTimeCodes.Batch batch) {
        String unit = directory.findById(batch.unitId()).orElseThrow().name();
        SlipSheet sheet = new SlipSheet();
        for (String code : batch.codes()) {
            String printed = OneTimeCodes.printed(code);
            sheet.add(new SlipSheet.Slip("Phiếu khảo sát sự hài lòng", List.of(unit,
                    "Quét mã QR bằng điện thoại hoặc vào " + baseUrl + "/public/survey và nhập mã dưới đây.",
                    "Không cần tài khoản; ý kiến được giữ kín. Dùng một lần, đến hết ngày " + VietnameseDates.format(batch.expiresOn()) + "."),
                    printed, matrix(url(printed))));
        }
        return sheet.bytes();
    }

    String url(String printedCode) {
        return baseUrl + "/public/survey?code=" + printedCode;
    }

    static boolean[][] matrix(String text) {
        try {
            BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            boolean[][] out = new boolean[m.getHeight()][m.getWidth()];
            for (int y = 0; y < m.getHeight(); y++) {
                for (int x = 0; x < m.getWidth(); x++) {
                    out[y][x] = m.get(x, y);
                }
            }
            return out;
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + text, e);
        }
    }
}
