package cn.huiyin.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.rbac.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static cn.huiyin.helm.HuiyinChart.sets;
import static org.assertj.core.api.Assertions.assertThat;

/** The chart rendered with the values of a few real set-ups (src/test/resources/values/). */
class VariantsTest {

    static Container appContainer(HuiyinChart.Rendered rendered) {
        return rendered.one(Deployment.class, "huiyin").getSpec().getTemplate().getSpec().getContainers().getFirst();
    }

    static String secretValue(HuiyinChart.Rendered rendered, String secret, String key) {
        String encoded = rendered.one(Secret.class, secret).getData().get(key);
        assertThat(encoded).as("key %s of Secret %s", key, secret).isNotNull();
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }

    @Nested
    class IngressWithTls {

        final HuiyinChart.Rendered rendered = HuiyinChart.render("ingress-tls.yaml");
        final Ingress ingress = rendered.one(Ingress.class, "huiyin");

        @Test
        void holdsTheInvariants() {
            Invariants.check(rendered);
        }

        @Test
        void routesTheHostToTheHttpServiceOverTls() {
            assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
            assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
                assertThat(tls.getSecretName()).isEqualTo("huiyin-tls");
                assertThat(tls.getHosts()).containsExactly("huiyin.school.example.cn");
            });
            assertThat(ingress.getSpec().getRules()).singleElement().satisfies(rule -> {
                assertThat(rule.getHost()).isEqualTo("huiyin.school.example.cn");
                IngressBackend backend = rule.getHttp().getPaths().getFirst().getBackend();
                Service service = rendered.one(Service.class, backend.getService().getName());
                assertThat(service.getSpec().getPorts())
                        .anySatisfy(p -> assertThat(p.getName()).isEqualTo(backend.getService().getPort().getName()));
                assertThat(service.getSpec().getClusterIP()).as("not the headless one").isNull();
            });
        }

        @Test
        void pinsEachBrowserToOnePodWithACookie() {
            assertThat(ingress.getMetadata().getAnnotations())
                    .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                    .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                    .containsEntry("nginx.ingress.kubernetes.io/session-cookie-name", "HUIYIN_ROUTE")
                    .containsEntry("nginx.ingress.kubernetes.io/session-cookie-secure", "true")
                    .containsEntry("cert-manager.io/cluster-issuer", "letsencrypt")
                    .containsKey("nginx.ingress.kubernetes.io/proxy-read-timeout");
        }

        @Test
        void theAppKnowsItsPublicHttpsUrl() {
            assertThat(K8s.envValue(appContainer(rendered), "APP_BASE_URL")).isEqualTo("https://huiyin.school.example.cn");
            assertThat(K8s.envValue(appContainer(rendered), "OIDC_ISSUER"))
                    .isEqualTo("https://auth.school.example.cn/realms/huiyin");
        }

        @Test
        void keycloakGetsItsOwnIngressOnItsHostname() {
            Ingress auth = rendered.one(Ingress.class, "huiyin-keycloak");
            assertThat(auth.getSpec().getRules()).singleElement()
                    .satisfies(rule -> assertThat(rule.getHost()).isEqualTo("auth.school.example.cn"));
            assertThat(auth.getSpec().getRules().getFirst().getHttp().getPaths().getFirst().getBackend().getService().getName())
                    .isEqualTo("huiyin-keycloak");
            assertThat(auth.getSpec().getTls().getFirst().getSecretName()).isEqualTo("auth-tls");
        }

        @Test
        void stickySessionsCanBeTurnedOff() {
            Ingress plain = HuiyinChart.render(sets("ingress.stickySessions.enabled", false), "ingress-tls.yaml")
                    .one(Ingress.class, "huiyin");
            assertThat(plain.getMetadata().getAnnotations())
                    .doesNotContainKey("nginx.ingress.kubernetes.io/affinity")
                    .doesNotContainKey("nginx.ingress.kubernetes.io/session-cookie-name");
        }
    }

    @Nested
    class ExternalKeycloak {

        final HuiyinChart.Rendered rendered = HuiyinChart.render("external-keycloak.yaml");

        @Test
        void holdsTheInvariants() {
            Invariants.check(rendered);
        }

        @Test
        void rendersNoKeycloakObjects() {
            assertThat(rendered.objects())
                    .noneSatisfy(o -> assertThat(o.getMetadata().getLabels())
                            .containsEntry("app.kubernetes.io/component", "keycloak"));
            assertThat(rendered.summary()).noneMatch(n -> n.contains("keycloak"));
        }

        @Test
        void theAppUsesTheGivenIssuer() {
            assertThat(K8s.envValue(appContainer(rendered), "OIDC_ISSUER"))
                    .isEqualTo("https://sso.district.example.cn/realms/huiyin");
        }

        @Test
        void anIssuerIsRequired() {
            assertThat(HuiyinChart.renderFailure(sets("keycloak.enabled", false)))
                    .contains("oidc.issuer is required when keycloak.enabled is false");
        }
    }

    @Nested
    class CloudNativePg {

        final HuiyinChart.Rendered rendered = HuiyinChart.render("cnpg.yaml");

        @Test
        void holdsTheInvariants() {
            Invariants.check(rendered);
        }

        @Test
        void makesATwoInstanceCluster() {
            GenericKubernetesResource cluster = rendered.all(GenericKubernetesResource.class).stream()
                    .filter(r -> "Cluster".equals(r.getKind())).findFirst().orElseThrow();

            assertThat(cluster.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(cluster.getMetadata().getName()).isEqualTo("huiyin-pg");
            assertThat(cluster.<Object>get("spec", "instances")).isEqualTo(2);
            assertThat(cluster.<Object>get("spec", "storage", "size")).isEqualTo("20Gi");
            assertThat(cluster.<Object>get("spec", "storage", "storageClass")).isEqualTo("fast-ssd");
            assertThat(cluster.<Object>get("spec", "bootstrap", "initdb", "database")).isEqualTo("huiyin");
            assertThat(cluster.<Object>get("spec", "bootstrap", "initdb", "owner")).isEqualTo("huiyin_owner");
            assertThat(cluster.<Object>get("spec", "bootstrap", "initdb", "secret", "name"))
                    .isEqualTo("huiyin-pg-owner-credentials");
            assertThat(cluster.<Object>get("spec", "managed", "roles", 0, "name")).isEqualTo("huiyin_app");
            assertThat(cluster.<Object>get("spec", "managed", "roles", 0, "passwordSecret", "name"))
                    .isEqualTo("huiyin-pg-runtime-credentials");
            // only the CNPG spec keys that exist: a typo here would be ignored by nobody but the operator
            assertThat(cluster.<Map<String, Object>>get("spec"))
                    .containsOnlyKeys("instances", "inheritedMetadata", "bootstrap", "managed", "storage");
        }

        @Test
        void rolesGetBasicAuthSecretsWithTheirNames() {
            for (String[] role : List.of(new String[]{"huiyin-pg-owner-credentials", "huiyin_owner", "owner-Pa55-cnpg"},
                    new String[]{"huiyin-pg-runtime-credentials", "huiyin_app", "runtime-Pa55-cnpg"})) {
                Secret secret = rendered.one(Secret.class, role[0]);
                assertThat(secret.getType()).isEqualTo("kubernetes.io/basic-auth");
                assertThat(secretValue(rendered, role[0], "username")).isEqualTo(role[1]);
                assertThat(secretValue(rendered, role[0], "password")).isEqualTo(role[2]);
            }
        }

        @Test
        void theAppConnectsToTheReadWriteServiceWithTheRoleSecrets() {
            Container app = appContainer(rendered);
            assertThat(K8s.envValue(app, "DB_URL")).isEqualTo("jdbc:postgresql://huiyin-pg-rw:5432/huiyin");
            assertThat(K8s.env(app, "DB_PASSWORD").map(EnvVar::getValueFrom).orElseThrow().getSecretKeyRef())
                    .satisfies(ref -> {
                        assertThat(ref.getName()).isEqualTo("huiyin-pg-runtime-credentials");
                        assertThat(ref.getKey()).isEqualTo("password");
                    });
            assertThat(K8s.env(app, "DB_OWNER_PASSWORD").map(EnvVar::getValueFrom).orElseThrow().getSecretKeyRef()
                    .getName()).isEqualTo("huiyin-pg-owner-credentials");
            assertThat(rendered.one(Secret.class, "huiyin").getData()).containsOnlyKeys("oidc-client-secret");
        }

        @Test
        void passwordsAreRequired() {
            assertThat(HuiyinChart.renderFailure(sets("database.cnpg.enabled", true)))
                    .contains("is required when database.cnpg.enabled");
        }
    }

    @Nested
    class SingleReplica {

        final HuiyinChart.Rendered rendered = HuiyinChart.render("single-replica.yaml");

        @Test
        void hasNoDisruptionBudget() {
            Invariants.check(rendered);
            assertThat(rendered.one(Deployment.class, "huiyin").getSpec().getReplicas()).isEqualTo(1);
            assertThat(rendered.all(PodDisruptionBudget.class)).isEmpty();
        }
    }

    @Nested
    class WithoutClustering {

        final HuiyinChart.Rendered rendered = HuiyinChart.render(sets("cluster.enabled", false), "single-replica.yaml");

        @Test
        void runsStandaloneWithoutApiAccess() {
            Invariants.check(rendered);
            Container app = appContainer(rendered);
            assertThat(app.getArgs()).contains("--nocluster").doesNotContain("--clustermode");
            assertThat(app.getPorts()).noneSatisfy(p -> assertThat(p.getName()).isEqualTo("hazelcast"));
            assertThat(rendered.all(Role.class)).isEmpty();
            assertThat(rendered.has(Service.class, "huiyin-hazelcast")).isFalse();
            PodSpec pod = rendered.one(Deployment.class, "huiyin").getSpec().getTemplate().getSpec();
            assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        }
    }

    @Nested
    class Secrets {

        @Test
        void givenPasswordsNeverAppearInPlainText() {
            HuiyinChart.Rendered rendered = HuiyinChart.render("secrets.yaml");
            Invariants.check(rendered);

            assertThat(rendered.yaml()).doesNotContain("Zq9-");
            assertThat(secretValue(rendered, "huiyin", "db-password")).isEqualTo("Zq9-runtime-plaintext");
            assertThat(secretValue(rendered, "huiyin", "db-owner-password")).isEqualTo("Zq9-owner-plaintext");
            assertThat(secretValue(rendered, "huiyin", "oidc-client-secret")).isEqualTo("Zq9-oidc-plaintext");
            assertThat(secretValue(rendered, "huiyin-keycloak", "admin-password")).isEqualTo("Zq9-admin-plaintext");
            assertThat(secretValue(rendered, "huiyin-keycloak", "db-password")).isEqualTo("Zq9-kcdb-plaintext");
        }

        @Test
        void anExistingSecretReplacesTheChartsOwn() {
            HuiyinChart.Rendered rendered = HuiyinChart.render(
                    sets("existingSecret", "huiyin-prod-secrets", "keycloak.existingSecret", "kc-prod-secrets"));
            Invariants.check(rendered, "huiyin-prod-secrets", "kc-prod-secrets");

            assertThat(rendered.all(Secret.class)).isEmpty();
            Container app = appContainer(rendered);
            for (String env : List.of("DB_PASSWORD", "DB_OWNER_PASSWORD", "OIDC_CLIENT_SECRET")) {
                assertThat(K8s.env(app, env).orElseThrow().getValueFrom().getSecretKeyRef().getName())
                        .as(env).isEqualTo("huiyin-prod-secrets");
            }
            assertThat(rendered.one(Deployment.class, "huiyin").getSpec().getTemplate().getMetadata().getAnnotations())
                    .satisfiesAnyOf(a -> assertThat(a).isNull(), a -> assertThat(a).doesNotContainKey("checksum/secret"));
        }

        @Test
        void changingAPasswordRollsTheAppPods() {
            String before = checksum(HuiyinChart.render(sets("database.password", "one")));
            String after = checksum(HuiyinChart.render(sets("database.password", "two")));
            assertThat(before).isNotBlank().isNotEqualTo(after);
        }

        private static String checksum(HuiyinChart.Rendered rendered) {
            return rendered.one(Deployment.class, "huiyin").getSpec().getTemplate().getMetadata().getAnnotations()
                    .get("checksum/secret");
        }
    }

    @Nested
    class RealmImport {

        static final String REALM = "{\"realm\":\"huiyin\",\"enabled\":true}";

        @Test
        void importsTheRealmCopiedIntoTheChart(@TempDir Path dir) {
            Path chart = HuiyinChart.copyChart(dir, c -> {
                try {
                    Files.createDirectories(c.resolve("files"));
                    Files.writeString(c.resolve("files/huiyin-realm.json"), REALM);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return c;
            });
            HuiyinChart.Rendered rendered = HuiyinChart.render(chart, sets("keycloak.realmImport.enabled", true));
            Invariants.check(rendered);

            ConfigMap realm = rendered.one(ConfigMap.class, "huiyin-keycloak-realm");
            assertThat(realm.getData()).containsEntry("huiyin-realm.json", REALM);
            Deployment keycloak = rendered.one(Deployment.class, "huiyin-keycloak");
            Container kc = keycloak.getSpec().getTemplate().getSpec().getContainers().getFirst();
            assertThat(kc.getArgs()).contains("--import-realm");
            assertThat(kc.getVolumeMounts()).singleElement().satisfies(m -> {
                assertThat(m.getMountPath()).isEqualTo("/opt/keycloak/data/import");
                assertThat(keycloak.getSpec().getTemplate().getSpec().getVolumes())
                        .anySatisfy(v -> {
                            assertThat(v.getName()).isEqualTo(m.getName());
                            assertThat(v.getConfigMap().getName()).isEqualTo("huiyin-keycloak-realm");
                        });
            });
        }

        @Test
        void saysWhereTheRealmLivesWhenTheChartHasNoCopy(@TempDir Path dir) {
            // a copy without files/ (a developer may have copied the realm into the real chart)
            Path chart = HuiyinChart.copyChart(dir, c -> {
                try {
                    Files.deleteIfExists(c.resolve("files/huiyin-realm.json"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return c;
            });
            assertThat(HuiyinChart.renderFailure(chart, sets("keycloak.realmImport.enabled", true)))
                    .contains("files/huiyin-realm.json")
                    .contains("keycloak-realm/src/main/resources/realm/huiyin-realm.json");
        }
    }

    @Nested
    class ReadmeExample {

        @Test
        void theReadmesValuesFileRendersAndIsTheOneInTheReadme() throws IOException {
            String example = Files.readString(HuiyinChart.valuesFile("readme-example.yaml"));
            String yamlPart = example.substring(example.indexOf("image:"));
            assertThat(Files.readString(Path.of("README.md"))).as("README.md shows the tested example")
                    .contains(yamlPart.strip());

            HuiyinChart.Rendered rendered = HuiyinChart.render("readme-example.yaml");
            Invariants.check(rendered, "huiyin-secrets", "huiyin-keycloak-secrets");
            Container app = appContainer(rendered);
            assertThat(app.getImage()).isEqualTo("registry.example.cn/huiyin/app:0.1.0");
            assertThat(K8s.envValue(app, "APP_BASE_URL")).isEqualTo("https://huiyin.example.cn");
            assertThat(rendered.summary()).contains("Ingress/huiyin", "Ingress/huiyin-keycloak");
        }
    }

    @Nested
    class Naming {

        @Test
        void anotherReleaseNameGivesOtherObjectNames() {
            // names are release-scoped, so two releases can share a namespace
            HuiyinChart.Rendered rendered = HuiyinChart.render(sets("fullnameOverride", "huiyin-school-b"));
            assertThat(rendered.objects()).extracting(o -> o.getMetadata().getName())
                    .allSatisfy(name -> assertThat(name).startsWith("huiyin-school-b"));
            assertThat(appContainerOf(rendered, "huiyin-school-b").getArgs())
                    .contains("kubernetes:huiyin-prod,huiyin-school-b-hazelcast");
        }

        private static Container appContainerOf(HuiyinChart.Rendered rendered, String name) {
            return rendered.one(Deployment.class, name).getSpec().getTemplate().getSpec().getContainers().getFirst();
        }
    }
}
