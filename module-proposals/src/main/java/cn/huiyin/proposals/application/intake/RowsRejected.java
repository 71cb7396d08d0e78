package cn.huiyin.proposals.application.intake;

import cn.huiyin.platform.application.UseCaseException;
import cn.huiyin.proposals.domain.intake.RowError;

import java.util.List;

/** Input refused with every problem found, row by row (the API lists them; the UI shows them per row). */
public class RowsRejected extends UseCaseException {

    private final List<RowError> errors;

    public RowsRejected(String code, String message, List<RowError> errors) {
        super(Kind.INVALID, code, message);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
