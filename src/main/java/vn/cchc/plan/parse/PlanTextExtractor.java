package vn.cchc.plan.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Front end: turns plain text, .docx or .pdf into the line-oriented text the plan parser reads. Table rows
 * become tab-separated lines (from a .docx table, or from wide gaps between words on a PDF line), so one
 * text parser serves every format.
 */
final class PlanTextExtractor {

    String extract(byte[] content, SourceFormat format) {
        String text = extractAny(content, format);
        LegacyEncoding.of(text).ifPresent(encoding -> {
            throw LegacyEncoding.refusal(encoding);
        });
        return text;
    }

    private String extractAny(byte[] content, SourceFormat format) {
        return switch (format) {
            case TEXT -> text(content);
            case DOCX -> docx(content);
            case PDF -> pdf(content);
            case ENCRYPTED_OOXML -> throw new PlanParseException(PlanParseException.Reason.ENCRYPTED,
                    "Tệp Word/Excel được bảo vệ bằng mật khẩu (đã mã hóa); hãy gỡ mật khẩu rồi tải lên lại.");
            case LEGACY_OFFICE -> throw new PlanParseException(PlanParseException.Reason.UNSUPPORTED_FORMAT,
                    "Định dạng Word cũ (.doc) chưa được hỗ trợ; hãy lưu lại thành .docx hoặc .pdf.");
            case XLSX -> throw new PlanParseException(PlanParseException.Reason.UNSUPPORTED_FORMAT,
                    "Tệp Excel (.xlsx) là mẫu nhiệm vụ, chưa được hỗ trợ khi nhập văn bản kế hoạch.");
            case ZIP_OTHER, UNKNOWN -> throw new PlanParseException(PlanParseException.Reason.UNSUPPORTED_FORMAT,
                    "Không nhận ra định dạng tệp; chỉ nhận văn bản thuần (UTF-8), .docx hoặc .pdf.");
        };
    }

    private static String text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw damaged("tệp chứa dữ liệu nhị phân, không phải văn bản", null);
            }
            return text;
        } catch (CharacterCodingException e) {
            // Legacy Vietnamese encodings are 8-bit: read as Windows-1252 they show which one it is.
            LegacyEncoding.of(new String(content, java.nio.charset.Charset.forName("windows-1252"))).ifPresent(encoding -> {
                throw LegacyEncoding.refusal(encoding);
            });
            throw damaged("tệp không phải văn bản UTF-8 hợp lệ hoặc đã bị hỏng", e);
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    out.append(paragraph.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, out);
                }
            }
            return out.toString();
        } catch (IOException | RuntimeException e) {
            throw damaged("không đọc được tệp .docx (tệp hỏng hoặc không đúng định dạng)", e);
        }
    }

    /**
     * A Word table keeps its merged cells: a cell merged down (vMerge) gives its text to every row it spans, so
     * "Sở Nội vụ" merged over four rows leads all four; a cell merged across (gridSpan) stays one cell, so a group
     * row spanning the table reads as one heading cell.
     */
    private static void table(XWPFTable table, StringBuilder out) {
        java.util.Map<Integer, String> mergedDown = new java.util.HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            java.util.List<String> cells = new java.util.ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                var properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? properties.getGridSpan().getVal().intValue() : 1;
                var merge = properties == null ? null : properties.getVMerge();
                String text = cellText(cell);
                if (merge != null && (merge.getVal() == null
                        || merge.getVal() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE)) {
                    text = mergedDown.getOrDefault(column, "");
                } else if (merge != null) {
                    mergedDown.put(column, text);
                } else {
                    mergedDown.remove(column);
                }
                cells.add(text);
                column += Math.max(span, 1);
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        out.append('\n');
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(" "))
                .replace('\t', ' ').replace('\n', ' ');
    }

    private static String pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new ColumnAwareStripper().getText(document);
        } catch (InvalidPasswordException e) {
            throw new PlanParseException(PlanParseException.Reason.ENCRYPTED,
                    "Tệp PDF được bảo vệ bằng mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.", e);
        } catch (IOException | RuntimeException e) {
            throw damaged("không đọc được tệp PDF (tệp hỏng hoặc không đúng định dạng)", e);
        }
    }

    private static PlanParseException damaged(String what, Throwable cause) {
        return new PlanParseException(PlanParseException.Reason.DAMAGED, "Tệp bị lỗi: " + what + ".", cause);
    }

    /** Writes a tab where the gap between two words on a line is much wider than a space: a column boundary. */
    private static final class ColumnAwareStripper extends PDFTextStripper {

        private TextPosition previousEnd;
        private boolean separatorPending;

        ColumnAwareStripper() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeWordSeparator() {
            separatorPending = true;
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            previousEnd = null;
            separatorPending = false;
            super.writeLineSeparator();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (separatorPending && previousEnd != null && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                float gap = first.getXDirAdj() - (previousEnd.getXDirAdj() + previousEnd.getWidthDirAdj());
                float space = Math.max(previousEnd.getWidthOfSpace(), 1f);
                writeString(gap > Math.max(3 * space, 6f) ? "\t" : " ");
            } else if (separatorPending) {
                writeString(" ");
            }
            separatorPending = false;
            super.writeString(text, positions);
            if (!positions.isEmpty()) {
                previousEnd = positions.get(positions.size() - 1);
            }
        }
    }
}
