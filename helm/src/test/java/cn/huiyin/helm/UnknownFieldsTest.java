package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

import static cn.huiyin.helm.HuiyinChart.sets;
import static org.assertj.core.api.Assertions.assertThat;

/** The unknown-field walker that {@link Invariants} runs on every render does find typos. */
class UnknownFieldsTest {

    @Test
    void findsTyposAtAnyDepth() {
        Deployment deployment = new KubernetesSerialization().unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: typos
                  lables: {a: b}
                spec:
                  replicas: 1
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: app
                          image: x
                          readinesProbe:
                            httpGet: {path: /health/ready, port: 8080}
                          env:
                            - name: DB_PASSWORD
                              valueFrom:
                                secretKeyref: {name: s, key: k}
                          resources:
                            limits: {memory: 768Mi}
                """, Deployment.class);

        assertThat(UnknownFields.in(deployment)).containsExactlyInAnyOrder(
                "metadata: [lables]",
                "spec.template.spec.containers[0]: [readinesProbe]",
                "spec.template.spec.containers[0].env[0].valueFrom: [secretKeyref]");
    }

    @Test
    void findsATypoThatCameInThroughValues() {
        // the schema only checks that extraEnv items have a name; the walker sees the rest
        HuiyinChart.Rendered rendered = HuiyinChart.render(sets("app.extraEnv[0].name", "TZ", "app.extraEnv[0].valeu", "Asia/Shanghai"));
        Deployment app = rendered.one(Deployment.class, "huiyin");

        assertThat(UnknownFields.in(app)).singleElement().asString()
                .matches("spec\\.template\\.spec\\.containers\\[0]\\.env\\[\\d+]: \\[valeu]");
    }
}
