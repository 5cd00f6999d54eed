package org.relationstimeline.cms;

import java.util.List;
import org.relationstimeline.config.CmsSettings;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;

/**
 * The in-browser editor at {@code /admin/}, published only when site.yaml has a {@code cms:}
 * section: the page, the generated configuration, and the vendored CMS script with its licence.
 */
public final class CmsAdmin implements ExtraOutput {
    static final String FOLDER = "admin/";

    @Override
    public List<OutputFile> files(SiteModel site) {
        if (site.config().cms().isEmpty()) return List.of();
        CmsSettings cms = site.config().cms().get();
        // The parties entries may name: the same registry the content was checked with.
        CountryRegistry registry =
                CountryRegistry.loadDefault().withExtraParties(site.config().parties());
        SveltiaBundle bundle = SveltiaBundle.shipped();
        return List.of(
                OutputFile.text(FOLDER + "index.html", AdminPage.of(site.config(), bundle)),
                OutputFile.text(FOLDER + "config.yml", CmsConfigFile.of(site.config(), cms, registry)),
                OutputFile.bytes(FOLDER + bundle.scriptFile(), bundle.script()),
                OutputFile.bytes(FOLDER + bundle.licenseFile(), bundle.license()));
    }
}
