package vn.cchc.page;

import vn.cchc.vietnamese.VietnameseFolding;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download named in Vietnamese: {@code filename} holds the name folded to ASCII
 * ("nhiem-vu-02-KH-BCD-2024-den-31-12-2024.xlsx", what every browser and mail client understands), {@code filename*}
 * the name itself in UTF-8 (RFC 6266 / RFC 5987), which modern browsers prefer.
 *
 * @param name      the name without its extension, words as the screen shows them
 * @param extension "xlsx", "docx", …
 */
public record Attachment(String name, String extension) {

    public String asciiFileName() {
        return VietnameseFolding.asciiName(name) + "." + extension;
    }

    public String header() {
        String utf8 = URLEncoder.encode(name.strip().replaceAll("[\\s/\\\\]+", "-") + "." + extension, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + asciiFileName() + "\"; filename*=UTF-8''" + utf8;
    }
}
