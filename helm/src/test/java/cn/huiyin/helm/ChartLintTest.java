package cn.huiyin.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code helm lint --strict} through helm-java's bundled helm library. */
class ChartLintTest {

    @Test
    void chartLintsCleanInStrictMode() {
        LintResult result = new Helm(HuiyinChart.CHART).lint().strict().call();

        assertThat(result.getMessages())
                .as("lint messages other than [INFO]")
                .filteredOn(m -> !m.startsWith("[INFO]"))
                .isEmpty();
        assertThat(result.isFailed()).isFalse();
    }

    @Test
    void lintCatchesABrokenTemplate(@TempDir Path dir) {
        // the same lint call must fail on a chart with a template error, or the test above proves nothing
        Path broken = HuiyinChart.copyChart(dir, chart -> {
            Path service = chart.resolve("templates/service.yaml");
            try {
                Files.writeString(service, Files.readString(service).replace("{{ .Values.service.port }}",
                        "{{ .Values.service.port "));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return chart;
        });

        LintResult result = new Helm(broken).lint().strict().call();

        assertThat(result.isFailed()).isTrue();
        assertThat(result.getMessages()).anySatisfy(m -> assertThat(m).startsWith("[ERROR]").contains("service.yaml"));
    }
}
