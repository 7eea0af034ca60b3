package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalClockTest {
    @Test
    void localClock_isTheSystemClockInTheSystemZone() {
        Clock clock = new LocalClock();
        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(1000);
        assertThat(clock.withZone(ZoneOffset.UTC).getZone()).isEqualTo(ZoneOffset.UTC);
    }
}
