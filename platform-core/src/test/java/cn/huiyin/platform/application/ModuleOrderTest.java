package cn.huiyin.platform.application;

import cn.huiyin.platform.domain.module.ModuleDescriptor;
import cn.huiyin.platform.domain.module.UiEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleOrderTest {

    record Module(String id, Set<String> requiredModules) implements ModuleDescriptor {
        public String nameZh() { return id; }
        public String nameEn() { return id; }
        public String version() { return "1"; }
        public String migrationLocation() { return "classpath:db/" + id; }
        public List<UiEntry> uiEntries() { return List.of(); }
    }

    @Test
    void everyModuleComesAfterTheModulesItRequires() {
        var reports = new Module("reports", Set.of("proposals", "visits"));
        var visits = new Module("visits", Set.of("proposals"));
        var proposals = new Module("proposals", Set.of());

        var ordered = ModuleOrder.sort(List.of(reports, visits, proposals));

        assertThat(ordered).extracting(ModuleDescriptor::id).containsExactly("proposals", "visits", "reports");
    }

    @Test
    void aMissingRequiredModuleIsNamed() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(new Module("visits", Set.of("proposals")))))
                .hasMessageContaining("'visits' requires 'proposals'");
    }

    @Test
    void aCycleIsRefused() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(new Module("a", Set.of("b")), new Module("b", Set.of("a")))))
                .hasMessageContaining("cycle");
    }

    @Test
    void duplicateIdsAreRefused() {
        assertThatThrownBy(() -> ModuleOrder.sort(List.of(new Module("a", Set.of()), new Module("a", Set.of()))))
                .hasMessageContaining("Two modules");
    }
}
