package se.namndkoll.web;

import java.security.SecureRandom;
import java.util.HexFormat;

/** The server's secret for its forms: made at each start, so a form from elsewhere cannot carry it. */
public record WebToken(String value) {

  static WebToken random() {
    byte[] b = new byte[24];
    new SecureRandom().nextBytes(b);
    return new WebToken(HexFormat.of().formatHex(b));
  }
}
