package io.frontdesk.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8. JSON between systems must be UTF-8 (RFC 8259), and Jackson's byte parser decodes some invalid
 * sequences instead of refusing them: the overlong `C0 80` becomes NUL, CESU-8's `ED A0 80` an unpaired surrogate.
 * The JDK's decoder refuses both, and every other malformed sequence.
 */
final class Utf8 {

    private Utf8() {
    }

    /** The offset of the first byte that is not valid UTF-8, or -1 when all are. */
    static int firstInvalid(byte[] bytes) {
        int ascii = 0;
        while (ascii < bytes.length && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == bytes.length) {
            return -1;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii);
        // decoded in slices: only validity matters, so the characters are thrown away
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }
}
