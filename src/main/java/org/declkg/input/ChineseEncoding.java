package org.declkg.input;

/**
 * Tells GB18030 (GBK, GB2312) from Big5 by where their two-byte characters fall. The common
 * characters of a GB text sit in GB2312's first level (lead bytes 0xB0-0xD7, trail 0xA1-0xFE); those
 * of a Big5 text in Big5's frequent block (lead 0xA4-0xC6, trail 0x40-0x7E or 0xA1-0xFE). Read the
 * other way, a text lands largely outside its reader's common block: Big5's trail bytes below 0x7F
 * and its leads 0xA4-0xAF are rare or no characters in GB, and GB's leads 0xC7-0xD7 are Big5's
 * less frequent block.
 */
final class ChineseEncoding {
    private ChineseEncoding() {}

    static boolean looksLikeBig5(byte[] b) {
        return share(b, true) > share(b, false);
    }

    /** The share of multi-byte characters that are common ones, reading the bytes as Big5 or as GB18030. */
    static double share(byte[] b, boolean big5) {
        int chars = 0, common = 0;
        for (int i = 0; i < b.length; ) {
            int lead = b[i] & 0xFF;
            if (lead < 0x81 || lead == 0xFF || i + 1 >= b.length) {
                i++;
                continue;
            }
            int trail = b[i + 1] & 0xFF;
            chars++;
            if (!big5 && trail >= 0x30 && trail <= 0x39) { // GB18030's four-byte sequences: rare characters
                i += 4;
                continue;
            }
            if (big5 ? lead >= 0xA4 && lead <= 0xC6 && ((trail >= 0x40 && trail <= 0x7E) || (trail >= 0xA1 && trail <= 0xFE))
                     : lead >= 0xB0 && lead <= 0xD7 && trail >= 0xA1 && trail <= 0xFE)
                common++;
            i += 2;
        }
        return chars == 0 ? 0 : (double) common / chars;
    }
}
