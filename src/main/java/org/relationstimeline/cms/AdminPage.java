package org.relationstimeline.cms;

import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.text.Xml;

/**
 * {@code admin/index.html}: an empty page that loads the vendored CMS, which then reads
 * {@code config.yml} beside it. It is not a theme page: the CMS draws the whole screen.
 *
 * <p>Its content security policy lets only scripts from the site itself run, so what executes is
 * exactly the pinned, vendored build: the CMS would otherwise fetch code at run time from a CDN
 * (a syntax highlighter for code blocks, unversioned). Styles, fonts, images and connections are
 * left open, since signing in and committing talk to GitHub and the CMS loads its fonts from
 * jsDelivr.
 */
final class AdminPage {
    static final String POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'";

    private AdminPage() {}

    static String of(SiteConfig config, SveltiaBundle bundle) {
        return "<!doctype html>\n"
                + "<html lang=\"" + Xml.escape(config.language()) + "\">\n"
                + "<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + Xml.escape(config.title()) + " \u00b7 editor</title>\n"
                + "<link rel=\"cms-config-url\" type=\"application/yaml\" href=\"config.yml\">\n"
                + "</head>\n"
                + "<body>\n"
                + "<script src=\"" + bundle.scriptFile() + "\"></script>\n"
                + "</body>\n"
                + "</html>\n";
    }
}
