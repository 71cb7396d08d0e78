package cn.huiyin.proposals.domain.letter;

/** Turns a rendered letter text into a document file (DOCX); one paragraph per line. */
public interface LetterWriter {

    byte[] docx(String title, String text);
}
