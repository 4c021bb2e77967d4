package vn.cchc.indicator;

import org.springframework.http.HttpStatus;

import java.util.List;

/** The form has errors: nothing was saved; every error names its indicator. */
class FormRejected extends IndicatorException {

    private final transient List<Problem> errors;

    public FormRejected(List<Problem> errors) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "indicator.error.formRejected", errors.size());
        this.errors = errors;
    }

    public List<Problem> errors() {
        return errors;
    }
}
