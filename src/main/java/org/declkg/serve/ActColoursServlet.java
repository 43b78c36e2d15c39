package org.declkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /assets/act-classes.css}: the colour of each act class of the store's ontology. */
final class ActColoursServlet extends HttpServlet {
    private final Describer describer;

    ActColoursServlet(Describer describer) { this.describer = describer; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/css");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write(ActColours.css(describer.actClasses()));
    }
}
