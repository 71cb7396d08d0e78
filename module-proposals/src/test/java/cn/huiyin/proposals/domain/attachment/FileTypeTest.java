package cn.huiyin.proposals.domain.attachment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are judged by their content only. */
class FileTypeTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : entries) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aPdfIsRecognisedByItsMagicBytes() {
        assertThat(FileType.sniff("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
    }

    @Test
    void aDocxIsAZipHoldingWordDocumentXml() throws IOException {
        assertThat(FileType.sniff(zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"))).contains(FileType.DOCX);
    }

    @Test
    void anotherZipIsNoDocxEvenWhenItLooksLikeOffice() throws IOException {
        // an XLSX, a plain zip, a zip naming the entry in another folder
        assertThat(FileType.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
        assertThat(FileType.sniff(zip("readme.txt"))).isEmpty();
        assertThat(FileType.sniff(zip("other/word/document.xml"))).isEmpty();
    }

    @Test
    void textCalledPdfExecutablesTruncatedAndEmptyFilesAreRefused() {
        assertThat(FileType.sniff("this is not a pdf, only named so".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.sniff(new byte[]{'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(FileType.sniff("%PDF".getBytes(StandardCharsets.US_ASCII))).as("magic cut short").isEmpty();
        assertThat(FileType.sniff(new byte[]{'P', 'K', 3, 4, 1, 2, 3})).as("a broken zip").isEmpty();
        assertThat(FileType.sniff(new byte[0])).isEmpty();
        assertThat(FileType.sniff(null)).isEmpty();
        assertThat(FileType.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII))).as("magic not at the start").isEmpty();
    }
}
