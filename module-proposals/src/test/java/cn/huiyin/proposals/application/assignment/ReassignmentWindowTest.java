package cn.huiyin.proposals.application.assignment;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.application.deadline.WorkingCalendar;
import cn.huiyin.proposals.domain.deadline.DistrictCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReassignmentWindowTest {

    static final String PSB = "zhangdian-psb";
    // a Tuesday
    static final LocalDate ASSIGNED = LocalDate.of(2020, 3, 10);

    final ReassignmentWindow window = new ReassignmentWindow(7, calendar(DistrictCalendar.WEEKDAYS));

    /** The district calendar without a database: the window only asks it for working days. */
    static WorkingCalendar calendar(DistrictCalendar district) {
        return new WorkingCalendar() {
            @Override
            public DistrictCalendar calendarOf(String agencyAlias) {
                return district;
            }
        };
    }

    @Test
    void sevenWorkingDaysSkipTheWeekend() {
        // Wed 11, Thu 12, Fri 13, (weekend), Mon 16, Tue 17, Wed 18, Thu 19
        assertThat(window.lastDay(PSB, ASSIGNED)).isEqualTo(LocalDate.of(2020, 3, 19));
        assertThat(window.isOpen(PSB, ASSIGNED, ASSIGNED)).isTrue();
        assertThat(window.isOpen(PSB, ASSIGNED, LocalDate.of(2020, 3, 19))).isTrue();
        assertThat(window.isOpen(PSB, ASSIGNED, LocalDate.of(2020, 3, 20))).isFalse();
    }

    @Test
    void aHolidayOfTheCalendarLengthensTheWindow() {
        WorkingCalendar withHoliday = calendar(new DistrictCalendar(Map.of(LocalDate.of(2020, 3, 12), false)));
        assertThat(new ReassignmentWindow(7, withHoliday).lastDay(PSB, ASSIGNED)).isEqualTo(LocalDate.of(2020, 3, 20));
    }

    @Test
    void aRequestAfterTheWindowIsAConflictNamingTheLastDay() {
        assertThatThrownBy(() -> window.require(PSB, ASSIGNED, LocalDate.of(2020, 3, 23)))
                .isInstanceOfSatisfying(UseCaseException.class, e -> {
                    assertThat(e.kind()).isEqualTo(UseCaseException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("reassignment-window-closed");
                    assertThat(e.getMessage()).contains("2020-03-19");
                });
    }

    @Test
    void theWindowLengthIsConfigurable() {
        ReassignmentWindow three = new ReassignmentWindow(3, calendar(DistrictCalendar.WEEKDAYS));
        assertThat(three.lastDay(PSB, ASSIGNED)).isEqualTo(LocalDate.of(2020, 3, 13));
        assertThat(three.isOpen(PSB, ASSIGNED, LocalDate.of(2020, 3, 16))).isFalse();
    }
}
