package tr.manset.front;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tr.manset.system.web.GoneException;
import tr.manset.system.web.NotFoundException;

/**
 * Turkish error pages with the site's navigation, for what controllers report and for what the
 * server rejects before any controller runs. Never a stack trace.
 */
@Controller
@ControllerAdvice
class ErrorPages implements ErrorController {

    private final Mastheads mastheads;

    ErrorPages(Mastheads mastheads) {
        this.mastheads = mastheads;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return render(404, response);
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone(HttpServletResponse response) {
        return render(410, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(HttpServletResponse response) {
        return render(400, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return render(405, response);
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return render(status instanceof Integer code ? code : 500, response);
    }

    private ModelAndView render(int status, HttpServletResponse response) {
        response.setStatus(status);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        ModelAndView view = new ModelAndView("error/error");
        view.addObject("page", ErrorPage.of(status));
        view.addObject("masthead", mastheads.masthead());
        return view;
    }
}
