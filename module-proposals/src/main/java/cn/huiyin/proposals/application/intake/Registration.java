package cn.huiyin.proposals.application.intake;

import java.time.LocalDate;
import java.util.List;

/** One item as district oversight registers it: codes for kind and category, the agency's alias. */
public record Registration(String kind, String session, String number, String title, String body, String category,
                           boolean keyItem, String agency, LocalDate assignedOn, ProposerChoice lead,
                           List<ProposerChoice> coSigners) {

    public Registration {
        coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
    }
}
