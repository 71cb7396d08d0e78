package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chart rendered with values.yaml as shipped. */
class DefaultValuesTest {

    static HuiyinChart.Rendered rendered;
    static Deployment app;
    static Container container;

    @BeforeAll
    static void render() {
        rendered = HuiyinChart.render();
        app = rendered.one(Deployment.class, "huiyin");
        container = app.getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    @Test
    void rendersTheExpectedObjects() {
        assertThat(rendered.summary()).containsExactlyInAnyOrder(
                "Deployment/huiyin", "Deployment/huiyin-keycloak",
                "PodDisruptionBudget/huiyin",
                "Role/huiyin-hazelcast", "RoleBinding/huiyin-hazelcast",
                "Secret/huiyin", "Secret/huiyin-keycloak",
                "Service/huiyin", "Service/huiyin-hazelcast", "Service/huiyin-keycloak",
                "ServiceAccount/huiyin");
        assertThat(rendered.all(Ingress.class)).as("ingress is off by default").isEmpty();
    }

    @Test
    void holdsTheInvariants() {
        Invariants.check(rendered);
    }

    @Test
    void appRunsTheWarOnPayaraMicro() {
        assertThat(app.getSpec().getReplicas()).isEqualTo(2);
        assertThat(container.getImage()).isEqualTo("huiyin:0.1.0");
        assertThat(container.getCommand()).containsExactly("java", "-jar", "/opt/payara/payara-micro.jar");
        assertThat(container.getArgs()).containsSequence("--deploy", "/opt/payara/deployments/huiyin.war")
                .containsSequence("--contextroot", "/huiyin")
                .containsSequence("--port", "8080");
        assertThat(container.getPorts()).extracting(ContainerPort::getName, ContainerPort::getContainerPort)
                .contains(org.assertj.core.groups.Tuple.tuple("http", 8080));
        assertThat(K8s.envValue(container, "DB_URL")).isEqualTo("jdbc:postgresql://postgresql:5432/huiyin");
        assertThat(K8s.envValue(container, "DB_USER")).isEqualTo("huiyin_app");
        assertThat(K8s.envValue(container, "DB_OWNER_USER")).isEqualTo("huiyin_owner");
        assertThat(K8s.envValue(container, "OIDC_CLIENT_ID")).isEqualTo("huiyin-web");
        assertThat(K8s.envValue(container, "OIDC_ISSUER")).isEqualTo("https://auth.example.com/realms/huiyin");
        assertThat(K8s.envValue(container, "APP_BASE_URL")).isEqualTo("http://localhost:8080");
        assertThat(container.getEnv()).extracting(e -> e.getName()).contains(
                "DB_URL", "DB_USER", "DB_PASSWORD", "DB_OWNER_USER", "DB_OWNER_PASSWORD",
                "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "APP_BASE_URL", "JDK_JAVA_OPTIONS");
    }

    @Test
    void probesHitMicroProfileHealthOnTheHttpPort() {
        Probe readiness = container.getReadinessProbe();
        Probe liveness = container.getLivenessProbe();
        Probe startup = container.getStartupProbe();

        assertThat(readiness.getHttpGet().getPath()).isEqualTo("/health/ready");
        assertThat(liveness.getHttpGet().getPath()).isEqualTo("/health/live");
        assertThat(startup.getHttpGet().getPath()).startsWith("/health/");
        for (Probe probe : List.of(readiness, liveness, startup)) {
            assertThat(K8s.probePort(container, probe.getHttpGet())).isEqualTo(8080);
        }
        // Payara Micro takes 20-40 s to deploy: the startup probe must wait well beyond that
        int startupBudget = startup.getInitialDelaySeconds() + startup.getPeriodSeconds() * startup.getFailureThreshold();
        assertThat(startupBudget).as("seconds before a slow start is killed").isGreaterThanOrEqualTo(120);
    }

    @Test
    void memoryIsLimitedAndTheHeapIsAShareOfIt() {
        assertThat(container.getResources().getLimits()).containsEntry("memory", new Quantity("768Mi"));
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(K8s.envValue(container, "JDK_JAVA_OPTIONS")).contains("-XX:MaxRAMPercentage=")
                .doesNotContain("-Xmx");
    }

    @Test
    void podsClusterThroughHazelcastKubernetesDiscovery() {
        Service headless = rendered.one(Service.class, "huiyin-hazelcast");
        assertThat(container.getArgs()).containsSequence("--clustermode", "kubernetes:huiyin-prod,huiyin-hazelcast");
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
        ServicePort port = headless.getSpec().getPorts().getFirst();
        assertThat(container.getPorts()).anySatisfy(p -> {
            assertThat(p.getName()).isEqualTo(port.getTargetPort().getStrVal());
            assertThat(p.getContainerPort()).isEqualTo(port.getPort()).isEqualTo(6900);
        });
        assertThat(K8s.selects(headless.getSpec().getSelector(), app.getSpec().getTemplate().getMetadata().getLabels()))
                .isTrue();
    }

    @Test
    void theAppsServiceAccountMayReadEndpointsAndPods() {
        String serviceAccount = app.getSpec().getTemplate().getSpec().getServiceAccountName();
        assertThat(rendered.has(ServiceAccount.class, serviceAccount)).isTrue();
        assertThat(app.getSpec().getTemplate().getSpec().getAutomountServiceAccountToken()).isTrue();

        RoleBinding binding = rendered.one(RoleBinding.class, "huiyin-hazelcast");
        assertThat(binding.getSubjects()).anySatisfy(s -> {
            assertThat(s.getKind()).isEqualTo("ServiceAccount");
            assertThat(s.getName()).isEqualTo(serviceAccount);
            assertThat(s.getNamespace()).isEqualTo(HuiyinChart.NAMESPACE);
        });
        assertThat(binding.getRoleRef().getKind()).isEqualTo("Role");
        Role role = rendered.one(Role.class, binding.getRoleRef().getName());
        for (String resource : List.of("endpoints", "pods")) {
            for (String verb : List.of("get", "list")) {
                assertThat(K8s.allows(role, "", resource, verb)).as("%s %s", verb, resource).isTrue();
            }
        }
        assertThat(K8s.allows(role, "discovery.k8s.io", "endpointslices", "list")).isTrue();
        // read-only: discovery never needs to change anything
        assertThat(role.getRules()).allSatisfy(rule ->
                assertThat(rule.getVerbs()).isSubsetOf("get", "list", "watch"));
    }

    @Test
    void twoReplicasGetADisruptionBudget() {
        PodDisruptionBudget pdb = rendered.one(PodDisruptionBudget.class, "huiyin");
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(K8s.selects(pdb.getSpec().getSelector().getMatchLabels(),
                app.getSpec().getTemplate().getMetadata().getLabels())).isTrue();
    }

    @Test
    void keycloakStartsOnPostgresBehindAProxy() {
        Deployment keycloak = rendered.one(Deployment.class, "huiyin-keycloak");
        Container kc = keycloak.getSpec().getTemplate().getSpec().getContainers().getFirst();

        assertThat(kc.getImage()).isEqualTo("quay.io/keycloak/keycloak:26.7.3");
        assertThat(kc.getArgs()).startsWith("start").contains(
                "--db=postgres", "--hostname=https://auth.example.com", "--proxy-headers=xforwarded",
                "--health-enabled=true").doesNotContain("--import-realm");
        assertThat(K8s.envValue(kc, "KC_DB_URL")).startsWith("jdbc:postgresql://");
        assertThat(kc.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health/ready");
        assertThat(K8s.probePort(kc, kc.getReadinessProbe().getHttpGet())).isEqualTo(9000);
        assertThat(K8s.probePort(kc, kc.getLivenessProbe().getHttpGet())).isEqualTo(9000);
        assertThat(keycloak.getSpec().getTemplate().getSpec().getVolumes()).isNullOrEmpty();
    }

    @Test
    void theAppSecretHoldsTheThreeKeys() {
        assertThat(rendered.one(Secret.class, "huiyin").getData())
                .containsOnlyKeys("db-password", "db-owner-password", "oidc-client-secret");
    }
}
