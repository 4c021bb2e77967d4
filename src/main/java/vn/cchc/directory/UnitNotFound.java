package vn.cchc.directory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No unit has this code. An RFC 9457 problem for the API and a 404 page for the UI; the Vietnamese text
 * comes from the bundles ("Không tìm thấy đơn vị mã 'X'").
 */
public class UnitNotFound extends ErrorResponseException {

    public UnitNotFound(String code) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND), null, "unit.notFound",
                new Object[]{code});
    }

    @Override
    public String getTitleMessageCode() {
        return "problem.title.404";
    }
}
