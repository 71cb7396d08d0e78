package cn.huiyin.proposals.domain.intake;

import java.util.List;

/** Reading an uploaded session list and writing its template; the format (XLSX) is the infrastructure's. */
public interface SessionListFile {

    /** Largest upload accepted. */
    int MAX_BYTES = 5 * 1024 * 1024;
    /** Most data rows in one list. */
    int MAX_ROWS = 5000;

    /**
     * The data rows (blank rows skipped).
     *
     * @throws cn.huiyin.platform.application.UseCaseException 400 {@code file-too-large}, {@code not-xlsx},
     *                                                         {@code bad-header}, {@code too-many-rows}, {@code empty-list}
     */
    List<SessionListRow> read(byte[] content);

    /** An empty list with the Chinese headers, and a sheet explaining the columns with the district's agencies. */
    byte[] template(List<String> agencyNames);
}
