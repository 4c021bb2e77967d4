package vn.cchc.plan.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Front end: turns plain text, .docx or .pdf into the {@link DocumentModel} the plan readers work on, and
 * refuses what cannot be read (encrypted, legacy Word, an old Vietnamese encoding, damaged files).
 */
final class PlanTextExtractor {

    DocumentModel extract(byte[] content, SourceFormat format) {
        DocumentModel model = extractAny(content, format);
        LegacyEncoding.of(model.text()).ifPresent(encoding -> {
            throw LegacyEncoding.refusal(encoding);
        });
        return model;
    }

    private DocumentModel extractAny(byte[] content, SourceFormat format) {
        return switch (format) {
            case TEXT -> TextDocuments.read(text(content));
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

    private static DocumentModel docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            return DocxDocuments.read(document);
        } catch (IOException | RuntimeException e) {
            throw damaged("không đọc được tệp .docx (tệp hỏng hoặc không đúng định dạng)", e);
        }
    }

    private static DocumentModel pdf(byte[] content) {
        try (PDDocument document = Loader.loadPDF(content)) {
            return PdfDocuments.read(document);
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
}
