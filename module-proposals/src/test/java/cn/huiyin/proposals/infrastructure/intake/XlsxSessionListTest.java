package cn.huiyin.proposals.infrastructure.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.intake.SessionListColumn;
import cn.huiyin.proposals.domain.intake.SessionListRow;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSessionListTest {

    final XlsxSessionList xlsx = new XlsxSessionList();

    @Test
    void theTemplateCarriesTheChineseHeadersAndReadsBackAsAnEmptyList() throws IOException {
        byte[] template = xlsx.template(List.of("张店公安分局", "张店区教育局"));

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("类别（建议/提案）");
            assertThat(header.getCell(SessionListColumn.AGENCY.ordinal()).getStringCellValue()).isEqualTo("主办单位");
            assertThat(wb.getSheet("填写说明").getRow(9).getCell(1).getStringCellValue()).contains("张店公安分局");
        }
        assertThatThrownBy(() -> xlsx.read(template)).isInstanceOfSatisfying(UseCaseException.class,
                e -> assertThat(e.code()).isEqualTo("empty-list"));
    }

    @Test
    void rowsAreReadByHeaderWithDateCellsNumbersAndBlankRowsSkipped() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.template(List.of())));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            Row r = sheet.createRow(1);
            r.createCell(SessionListColumn.KIND.ordinal()).setCellValue("建议");
            r.createCell(SessionListColumn.NUMBER.ordinal()).setCellValue(12);
            var date = r.createCell(SessionListColumn.ASSIGNED_ON.ordinal());
            date.setCellValue(LocalDate.of(2026, 3, 10));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            sheet.createRow(2); // blank
            sheet.createRow(3).createCell(SessionListColumn.TITLE.ordinal()).setCellValue("第二行");
            wb.write(out);
            file = out.toByteArray();
        }

        List<SessionListRow> rows = xlsx.read(file);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).get(SessionListColumn.NUMBER)).isEqualTo("12");
        assertThat(rows.get(0).get(SessionListColumn.ASSIGNED_ON)).isEqualTo("2026-03-10");
        assertThat(rows.get(1).row()).isEqualTo(4);
        assertThat(rows.get(1).get(SessionListColumn.TITLE)).isEqualTo("第二行");
    }

    @Test
    void somethingThatIsNoXlsxIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> xlsx.read("类别,届次\n建议,2026".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("not-xlsx"));
        // a ZIP that is no workbook
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0};
        assertThatThrownBy(() -> xlsx.read(zip))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("not-xlsx"));
        assertThatThrownBy(() -> xlsx.read(new byte[0]))
                .isInstanceOfSatisfying(UseCaseException.class, e -> assertThat(e.code()).isEqualTo("not-xlsx"));
    }

    @Test
    void aSheetWithoutTheTemplatesHeadersIsRefusedNamingWhatIsMissing() throws IOException {
        byte[] file;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row r = wb.createSheet().createRow(0);
            r.createCell(0).setCellValue("编号");
            r.createCell(1).setCellValue("标题");
            wb.write(out);
            file = out.toByteArray();
        }
        assertThatThrownBy(() -> xlsx.read(file)).isInstanceOfSatisfying(UseCaseException.class, e -> {
            assertThat(e.code()).isEqualTo("bad-header");
            assertThat(e.getMessage()).contains("主办单位").doesNotContain("编号,");
        });
    }
}
