package cn.huiyin.proposals.application;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.attachment.FileType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemAttachmentsTest {

    @Test
    void aStoredNameIsTheLastSegmentWithoutControlCharactersAndEndsInTheSniffedType() {
        assertThat(ItemAttachments.safeName("答复函.pdf", FileType.PDF)).isEqualTo("答复函.pdf");
        assertThat(ItemAttachments.safeName("C:\\temp\\..\\letter.PDF", FileType.PDF)).isEqualTo("letter.PDF");
        assertThat(ItemAttachments.safeName("../../etc/passwd", FileType.DOCX)).isEqualTo("passwd.docx");
        assertThat(ItemAttachments.safeName("setup.exe", FileType.PDF)).isEqualTo("setup.exe.pdf");
        assertThat(ItemAttachments.safeName("a\r\nb\".docx", FileType.DOCX)).isEqualTo("ab.docx");
        assertThat(ItemAttachments.safeName(null, FileType.PDF)).isEqualTo("attachment.pdf");
        assertThat(ItemAttachments.safeName("x".repeat(400), FileType.PDF)).hasSize(154);
    }

    @Test
    void readingStopsOneByteAfterTheLimit() {
        ItemAttachments a = new ItemAttachments();
        a.maxBytes = 10;
        assertThat(a.read(new ByteArrayInputStream(new byte[10]))).hasSize(10);
        assertThatThrownBy(() -> a.read(new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("too-large"));
    }

    @Test
    void theChecksumIsSha256InHex() {
        assertThat(ItemAttachments.sha256("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
