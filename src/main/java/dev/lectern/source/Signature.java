package dev.lectern.source;

/** Recognises common binary files by their first bytes, so a refusal can say what the file is. */
final class Signature {
    private Signature() {}

    /** "a PNG image", "a ZIP archive (a .docx, .odt or .epub?)", or empty when not recognised. */
    static String of(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (a .docx, .odt or .epub file?)";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office file (.doc?)";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, '{', '\\', 'r', 't', 'f')) {
            return "an RTF document";
        }
        return "";
    }

    private static boolean starts(byte[] b, int... signature) {
        if (b.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((b[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the first byte that is not UTF-8 is: "byte 0xE9 at line 3". */
    static String firstBadByte(byte[] bytes, int start) {
        int line = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
            boolean ok = len > 0 && i + len <= bytes.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                return String.format("byte 0x%02X at line %d", b, line);
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return "at the end";
    }
}
