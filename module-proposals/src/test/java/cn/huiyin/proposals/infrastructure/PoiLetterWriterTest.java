package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.domain.attachment.FileType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PoiLetterWriterTest {

    @Test
    void aLetterIsADocxWithTheTitleAndOneParagraphPerLine() throws IOException {
        byte[] docx = new PoiLetterWriter().docx("答复函", "李明代表：\n\n现答复如下：已增派警力。\n张店公安分局");
        assertThat(FileType.sniff(docx)).contains(FileType.DOCX);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("答复函", "李明代表：", "", "现答复如下：已增派警力。", "张店公安分局");
        }
    }
}
