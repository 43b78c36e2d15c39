package org.declkg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --public-url URL}: where the public reaches the server, for the links of the dataset
 * description; none by default, and then the dumps' description links relative to its folder and the
 * server names the address each request came to.
 */
final class PublicUrlOption {
    @Spec(Spec.Target.MIXEE) CommandSpec command;

    private String url;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where the public reaches the server (https://example.org/declkg/), for the links of the dataset "
                    + "description (default: none; links relative to the dumps, or the address a request came to).")
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

    /** The URL, or null when none was given. */
    String url() { return url; }
}
