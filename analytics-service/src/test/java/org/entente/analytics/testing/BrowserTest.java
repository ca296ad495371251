package org.entente.analytics.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrowserTest {

    @Test
    void withoutChromiumTheDashboardTestsFailSayingWhatToInstall() {
        Path absent = Path.of("/nonexistent/chromium");

        assertThatThrownBy(() -> Browser.start(absent, Path.of("/usr/bin/chromedriver")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(absent.toString())
                .hasMessageContaining("apt-get install -y chromium chromium-driver");
    }
}
