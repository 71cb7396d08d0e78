package cn.huiyin.helm;

import com.marcnuri.helm.DryRun;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NOTES.txt, as `helm install` prints it (a client-only dry run: no cluster). */
class NotesTest {

    static String notes(String... valuesResources) {
        InstallCommand install = new Helm(HuiyinChart.CHART).install()
                .withName(HuiyinChart.RELEASE)
                .withNamespace(HuiyinChart.NAMESPACE)
                .withKubeVersion(HuiyinChart.KUBE_VERSION)
                .dryRun().withDryRunOption(DryRun.CLIENT).clientOnly();
        for (String resource : valuesResources) {
            install = install.withValuesFile(HuiyinChart.valuesFile(resource));
        }
        return install.call().getOutput();
    }

    @Test
    void defaultsExplainPortForwardAndWarnAboutMissingSecrets() {
        String notes = notes();
        assertThat(notes).contains("port-forward service/huiyin 8080:8080")
                .contains("rollout status deployment/huiyin")
                .contains("WARNING: database.password or database.ownerPassword is empty")
                .contains("WARNING: oidc.clientSecret is empty");
    }

    @Test
    void aCompleteSetUpGetsNoWarnings() {
        String notes = notes("ingress-tls.yaml", "secrets.yaml");
        assertThat(notes).contains("Open https://huiyin.school.example.cn")
                .contains("sticky sessions by cookie HUIYIN_ROUTE")
                .contains("Sign-in:  https://auth.school.example.cn/realms/huiyin")
                .doesNotContain("WARNING");
    }
}
