package vn.cchc.files;

/** Compares the first bytes of a content with a signature given as unsigned values (0x00–0xFF). */
final class MagicBytes {

    private MagicBytes() {
    }

    static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
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
