package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Stream;

import static cn.huiyin.helm.HuiyinChart.sets;
import static org.assertj.core.api.Assertions.assertThat;

/** values.schema.json stops bad values before any template runs. */
class SchemaTest {

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(sets("replicaCount", 0), "at '/replicaCount': minimum: got 0, want 1"),
                Arguments.of(sets("replicaCount", -2), "at '/replicaCount': minimum"),
                Arguments.of(sets("replicaCount", "two"), "at '/replicaCount': got string, want integer"),
                // --set key=null removes the default: the repository is then missing
                Arguments.of(sets("image.repository", "null"), "at '/image': missing property 'repository'"),
                Arguments.of(sets("image.repository", ""), "at '/image/repository': minLength"),
                Arguments.of(sets("replicaCont", 3), "additional properties 'replicaCont' not allowed"),
                Arguments.of(sets("ingress.enabled", true, "ingress.host", ""), "at '/ingress/host'"),
                Arguments.of(sets("keycloak.hostname", "auth.example.com"), "at '/keycloak/hostname'"),
                Arguments.of(sets("database.url", "postgres://db/huiyin"), "at '/database/url'"),
                Arguments.of(sets("probes.readiness.path", "health/ready"), "at '/probes/readiness/path'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void rejects(Map<String, Object> values, String expected) {
        assertThat(HuiyinChart.renderFailure(values))
                .contains("values don't meet the specifications of the schema")
                .contains(expected);
    }

    @Test
    void acceptsGoodValues() {
        // the same keys with sane values pass, so the rejections above are about the values
        Deployment app = HuiyinChart.render(sets("replicaCount", 3, "image.repository", "registry.example.cn:5000/huiyin/app",
                "image.tag", "0.1.0-rc1", "ingress.enabled", true, "ingress.host", "huiyin.example.cn"))
                .one(Deployment.class, "huiyin");
        assertThat(app.getSpec().getReplicas()).isEqualTo(3);
        assertThat(app.getSpec().getTemplate().getSpec().getContainers().getFirst().getImage())
                .isEqualTo("registry.example.cn:5000/huiyin/app:0.1.0-rc1");
    }
}
