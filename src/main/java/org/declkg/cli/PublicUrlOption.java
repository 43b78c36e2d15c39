package org.declkg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --public-url URL}: where the server is reached, for the links in the dataset description. */
final class PublicUrlOption {
    static final String DEFAULT = "http://127.0.0.1:3030/";

    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private String url = DEFAULT;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where the server is reached, for the links in the dataset description (default " + DEFAULT + ").")
    void url(String value) {
        try {
            URI u = new URI(value);
            if (u.isAbsolute() && (u.getScheme().equals("http") || u.getScheme().equals("https")) && u.getHost() != null) {
                url = value;
                return;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new ParameterException(command.commandLine(), "--public-url must be an absolute http(s) URL, not '" + value + "'");
    }

    String url() { return url; }
}
