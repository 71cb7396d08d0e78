package cn.huiyin.proposals.infrastructure.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.intake.Category;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListFile;
import cn.huiyin.proposals.domain.intake.SessionListRow;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The session list as XLSX (Apache POI). The content decides, not the file name: it must be a
 * ZIP (an OOXML package) that POI opens as a workbook; POI's zip-bomb guard stays on. Columns
 * are found by their header, so their order may change.
 */
@ApplicationScoped
public class XlsxSessionList implements SessionListFile {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    @Override
    public List<SessionListRow> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw UseCaseException.invalid("not-xlsx", "The upload is empty; send the session list as an .xlsx file.");
        }
        if (content.length > MAX_BYTES) {
            throw UseCaseException.invalid("file-too-large", "The file has more than " + MAX_BYTES / (1024 * 1024) + " MB.");
        }
        if (content.length < 4 || !Arrays.equals(Arrays.copyOf(content, 4), ZIP_MAGIC)) {
            throw UseCaseException.invalid("not-xlsx", "The file is no .xlsx workbook (Excel 2007 or later).");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return rows(workbook);
        } catch (UseCaseException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw UseCaseException.invalid("not-xlsx", "The file could not be read as an .xlsx workbook.");
        }
    }

    private List<SessionListRow> rows(XSSFWorkbook workbook) {
        if (workbook.getNumberOfSheets() == 0) {
            throw UseCaseException.invalid("empty-list", "The workbook has no sheet.");
        }
        Sheet sheet = workbook.getSheetAt(0);
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<Integer, SessionListColumn> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String text = formatter.formatCellValue(cell).strip();
                SessionListColumn.ALL.stream().filter(c -> matches(text, c)).findFirst()
                        .ifPresent(c -> columns.put(cell.getColumnIndex(), c));
            }
        }
        List<String> missing = SessionListColumn.ALL.stream().filter(c -> c.required() && !columns.containsValue(c))
                .map(SessionListColumn::header).toList();
        if (header == null || !missing.isEmpty()) {
            throw UseCaseException.invalid("bad-header", "The first row must carry the template's headers; missing: " + missing + ".");
        }
        List<SessionListRow> rows = new ArrayList<>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<SessionListColumn, String> values = new EnumMap<>(SessionListColumn.class);
            columns.forEach((index, column) -> {
                String text = text(row.getCell(index), formatter, evaluator);
                if (text != null && !text.isBlank()) {
                    values.put(column, text);
                }
            });
            if (values.isEmpty()) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw UseCaseException.invalid("too-many-rows", "A session list has at most " + MAX_ROWS + " rows; split it.");
            }
            rows.add(new SessionListRow(r + 1, values));
        }
        if (rows.isEmpty()) {
            throw UseCaseException.invalid("empty-list", "The session list has no rows below its headers.");
        }
        return rows;
    }

    /** The header itself, or its part before a bracketed hint (类别 for 类别（建议/提案）). */
    private static boolean matches(String text, SessionListColumn c) {
        String h = c.header();
        int hint = h.indexOf('（');
        return text.equals(h) || hint > 0 && text.equals(h.substring(0, hint));
    }

    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell, evaluator);
    }

    @Override
    public byte[] template(List<String> agencyNames) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet list = wb.createSheet("交办清单");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = list.createRow(0);
            for (SessionListColumn c : SessionListColumn.ALL) {
                Cell cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header());
                cell.setCellStyle(bold);
                list.setColumnWidth(c.ordinal(), (c == SessionListColumn.BODY || c == SessionListColumn.TITLE ? 40 : 16) * 256);
            }
            list.createFreezePane(0, 1);
            DataValidationHelper dv = list.getDataValidationHelper();
            dropdown(list, dv, SessionListColumn.KIND, "建议", "提案");
            dropdown(list, dv, SessionListColumn.KEY_ITEM, "是", "否");
            dropdown(list, dv, SessionListColumn.CATEGORY, Arrays.stream(Category.values()).map(Category::zh).toArray(String[]::new));

            Sheet help = wb.createSheet("填写说明");
            String[][] lines = {
                    {"列", "说明"},
                    {SessionListColumn.KIND.header(), "建议（人大代表建议）或 提案（政协委员提案）"},
                    {SessionListColumn.SESSION.header(), "如：2026年区两会"},
                    {SessionListColumn.NUMBER.header(), "如：建议第0012号；同一届次会议内不得重复"},
                    {SessionListColumn.PROPOSER.header(), "领衔代表或委员姓名；登记过的人员按姓名复用"},
                    {SessionListColumn.GROUP.header(), "代表所在代表团或委员所在界别（可空）"},
                    {SessionListColumn.CO_SIGNERS.header(), "附议人姓名，以、分隔（可空）"},
                    {SessionListColumn.CATEGORY.header(), String.join("、", Arrays.stream(Category.values()).map(Category::zh).toList())},
                    {SessionListColumn.KEY_ITEM.header(), "是 或 否（空为否）"},
                    {SessionListColumn.AGENCY.header(), "本区单位：" + String.join("、", agencyNames)},
                    {SessionListColumn.ASSIGNED_ON.header(), "日期，如 2026-03-10"},
            };
            for (int i = 0; i < lines.length; i++) {
                Row row = help.createRow(i);
                row.createCell(0).setCellValue(lines[i][0]);
                row.createCell(1).setCellValue(lines[i][1]);
            }
            help.setColumnWidth(0, 20 * 256);
            help.setColumnWidth(1, 80 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the template", e);
        }
    }

    private static void dropdown(Sheet sheet, DataValidationHelper dv, SessionListColumn column, String... values) {
        var range = new CellRangeAddressList(1, MAX_ROWS, column.ordinal(), column.ordinal());
        var validation = dv.createValidation(dv.createExplicitListConstraint(values), range);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }
}
