package cn.huiyin.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Renders chart/huiyin offline through helm-java and turns the manifests into typed fabric8 objects.
 *
 * <p>Two quirks of helm-java 0.0.21 shape this class:
 * <ul>
 *   <li>{@code template()} assumes Kubernetes v1.20.0 unless told otherwise, which the chart's
 *       {@code kubeVersion: ">=1.25.0-0"} refuses: every render passes {@link #KUBE_VERSION}.</li>
 *   <li>{@code template()} runs a dry-run install that still talks to an API server (default
 *       http://localhost:8080) when a template calls {@code lookup}; the chart uses no
 *       {@code lookup}, so rendering never leaves the JVM.</li>
 * </ul>
 */
final class HuiyinChart {

    static final Path CHART = Path.of("chart", "huiyin").toAbsolutePath();
    static final String RELEASE = "huiyin";
    static final String NAMESPACE = "huiyin-prod";
    static final String KUBE_VERSION = "v1.33.0";

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern DOC_SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern SOURCE = Pattern.compile("(?m)^# Source: (.+)$");

    private HuiyinChart() {
    }

    /** Renders the chart in {@code chartDir} with the values files (test resources) and sets. */
    static Rendered render(Path chartDir, Map<String, ?> sets, String... valuesResources) {
        return parse(template(chartDir, sets, valuesResources));
    }

    static Rendered render(Map<String, ?> sets, String... valuesResources) {
        return render(CHART, sets, valuesResources);
    }

    static Rendered render(String... valuesResources) {
        return render(CHART, Map.of(), valuesResources);
    }

    /** Renders and expects helm to refuse; returns helm's message. */
    static String renderFailure(Path chartDir, Map<String, ?> sets, String... valuesResources) {
        String[] message = new String[1];
        assertThatThrownBy(() -> template(chartDir, sets, valuesResources))
                .isInstanceOf(IllegalStateException.class)
                .satisfies(e -> message[0] = e.getMessage());
        return message[0];
    }

    static String renderFailure(Map<String, ?> sets, String... valuesResources) {
        return renderFailure(CHART, sets, valuesResources);
    }

    static String template(Path chartDir, Map<String, ?> sets, String... valuesResources) {
        TemplateCommand command = new Helm(chartDir).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion(KUBE_VERSION);
        for (String resource : valuesResources) {
            command = command.withValuesFile(valuesFile(resource));
        }
        for (Map.Entry<String, ?> set : sets.entrySet()) {
            command = command.set(set.getKey(), set.getValue());
        }
        return command.call();
    }

    static Path valuesFile(String resource) {
        Path file = Path.of("src", "test", "resources", "values", resource).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no values file " + file);
        }
        return file;
    }

    /** Splits helm's multi-document output and unmarshals every document on its own. */
    static Rendered parse(String yaml) {
        List<Manifest> manifests = new ArrayList<>();
        for (String doc : DOC_SEPARATOR.split(yaml)) {
            if (doc.lines().allMatch(line -> line.isBlank() || line.startsWith("#"))) {
                continue;
            }
            Matcher source = SOURCE.matcher(doc);
            String from = source.find() ? source.group(1) : "?";
            KubernetesResource resource = SERIALIZATION.unmarshal(doc);
            if (!(resource instanceof HasMetadata hasMetadata)) {
                throw new AssertionError(from + " is not a Kubernetes object: " + resource);
            }
            manifests.add(new Manifest(from, hasMetadata));
        }
        return new Rendered(yaml, List.copyOf(manifests));
    }

    /** A copy of the chart in {@code dir}, to change it in a test without touching the real one. */
    static Path copyChart(Path dir, UnaryOperator<Path> edit) {
        Path target = dir.resolve("huiyin");
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = target.resolve(CHART.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(source, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return edit.apply(target);
    }

    static Map<String, Object> sets(Object... keyValues) {
        Map<String, Object> sets = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            sets.put((String) keyValues[i], keyValues[i + 1]);
        }
        return sets;
    }

    record Manifest(String source, HasMetadata object) {
    }

    /** The output of one render: the raw YAML and its objects. */
    record Rendered(String yaml, List<Manifest> manifests) {

        List<HasMetadata> objects() {
            return manifests.stream().map(Manifest::object).toList();
        }

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return objects().stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T one(Class<T> type, String name) {
            List<T> found = all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).toList();
            if (found.size() != 1) {
                throw new AssertionError("expected one " + type.getSimpleName() + " named " + name + ", found "
                        + found.size() + " among " + summary());
            }
            return found.getFirst();
        }

        boolean has(Class<? extends HasMetadata> type, String name) {
            return all(type).stream().anyMatch(o -> name.equals(o.getMetadata().getName()));
        }

        List<String> summary() {
            return objects().stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).sorted().toList();
        }
    }
}
