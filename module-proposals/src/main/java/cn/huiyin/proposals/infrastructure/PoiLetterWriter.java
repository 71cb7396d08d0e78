package cn.huiyin.proposals.infrastructure;

import cn.huiyin.proposals.domain.letter.LetterWriter;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** DOCX with Apache POI (XWPF): a centred title, then one paragraph per line, in a font Word and WPS have for Chinese. */
@ApplicationScoped
public class PoiLetterWriter implements LetterWriter {

    private static final String FONT = "SimSun";

    @Override
    public byte[] docx(String title, String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun h = heading.createRun();
            h.setBold(true);
            h.setFontSize(16);
            h.setFontFamily(FONT);
            h.setText(title);
            for (String line : text.split("\\R", -1)) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setFontFamily(FONT);
                run.setFontSize(12);
                run.setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the letter", e);
        }
    }
}
