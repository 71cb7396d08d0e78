package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.assertj.core.api.SoftAssertions;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What must hold for every render of the chart, whatever the values. */
final class Invariants {

    static final Map<String, String> STANDARD_LABELS = Map.of(
            "helm.sh/chart", "huiyin-0.1.0",
            "app.kubernetes.io/name", "huiyin",
            "app.kubernetes.io/instance", HuiyinChart.RELEASE,
            "app.kubernetes.io/version", "0.1.0",
            "app.kubernetes.io/managed-by", "Helm",
            "app.kubernetes.io/part-of", "huiyin");
    static final Set<String> COMPONENTS = Set.of("app", "keycloak", "database");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN).*");

    private Invariants() {
    }

    /**
     * @param externalSecrets Secrets the chart refers to but does not make (existingSecret)
     */
    static void check(HuiyinChart.Rendered rendered, String... externalSecrets) {
        SoftAssertions soft = new SoftAssertions();
        standardLabels(rendered, soft);
        secretsByReferenceOnly(rendered, Set.of(externalSecrets), soft);
        servicesSelectPods(rendered, soft);
        for (HuiyinChart.Manifest manifest : rendered.manifests()) {
            soft.assertThat(UnknownFields.in(manifest.object()))
                    .as("fields fabric8 does not know in %s (%s)", name(manifest.object()), manifest.source())
                    .isEmpty();
            soft.assertThat(manifest.object().getMetadata().getNamespace())
                    .as("namespace of %s", name(manifest.object())).isEqualTo(HuiyinChart.NAMESPACE);
        }
        soft.assertAll();
    }

    static void standardLabels(HuiyinChart.Rendered rendered, SoftAssertions soft) {
        soft.assertThat(rendered.objects()).isNotEmpty();
        for (HasMetadata object : rendered.objects()) {
            Map<String, String> labels = object.getMetadata().getLabels();
            soft.assertThat(labels).as("labels of %s", name(object)).containsAllEntriesOf(STANDARD_LABELS);
            soft.assertThat(labels).as("labels of %s", name(object))
                    .hasEntrySatisfying("app.kubernetes.io/component", c -> soft.assertThat(COMPONENTS).contains(c));
            if (object instanceof Deployment deployment) {
                Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
                soft.assertThat(podLabels).as("pod labels of %s", name(object)).containsAllEntriesOf(STANDARD_LABELS)
                        .containsEntry("app.kubernetes.io/component", labels.get("app.kubernetes.io/component"));
                soft.assertThat(K8s.selects(deployment.getSpec().getSelector().getMatchLabels(), podLabels))
                        .as("selector of %s matches its pods", name(object)).isTrue();
            }
        }
    }

    /** Secret-looking env vars come from a Secret (that exists and has the key), never from a value. */
    static void secretsByReferenceOnly(HuiyinChart.Rendered rendered, Set<String> externalSecrets, SoftAssertions soft) {
        for (Deployment deployment : rendered.all(Deployment.class)) {
            for (Container container : deployment.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (!SECRET_NAME.matcher(env.getName()).matches()) {
                        continue;
                    }
                    String where = name(deployment) + " env " + env.getName();
                    soft.assertThat(env.getValue()).as("%s must not carry a value", where).isNull();
                    SecretKeySelector ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
                    soft.assertThat(ref).as("%s must come from a secretKeyRef", where).isNotNull();
                    if (ref == null || externalSecrets.contains(ref.getName())) {
                        continue;
                    }
                    soft.assertThat(rendered.has(Secret.class, ref.getName()))
                            .as("%s refers to Secret %s, which the chart renders", where, ref.getName()).isTrue();
                    if (rendered.has(Secret.class, ref.getName())) {
                        soft.assertThat(rendered.one(Secret.class, ref.getName()).getData())
                                .as("keys of Secret %s (for %s)", ref.getName(), where).containsKey(ref.getKey());
                    }
                }
            }
        }
    }

    static void servicesSelectPods(HuiyinChart.Rendered rendered, SoftAssertions soft) {
        for (Service service : rendered.all(Service.class)) {
            long pods = rendered.all(Deployment.class).stream()
                    .filter(d -> K8s.selects(service.getSpec().getSelector(),
                            d.getSpec().getTemplate().getMetadata().getLabels()))
                    .count();
            soft.assertThat(pods).as("Deployments whose pods %s selects", name(service)).isEqualTo(1);
        }
    }

    static String name(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
