package se.namndkoll.rules;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata annotations of each rule of a {@code .drl} file as its text writes them
 * ({@code @description("…")}), read from the text because the compiler keeps only some of them:
 * Drools 10 drops {@code @description} from a rule's metadata. Only string values are read.
 */
final class DrlAnnotations {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern WHEN = Pattern.compile("(?m)^\\s*when\\b");
  private static final Pattern ANNOTATION =
      Pattern.compile("(?m)^\\s*@(\\w+)\\s*\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");

  private DrlAnnotations() {}

  /** Rule key ({@link Findings#ruleKey}) → annotation name → value, for every rule of the text. */
  static Map<String, Map<String, String>> read(String drl) {
    Map<String, Map<String, String>> out = new HashMap<>();
    Matcher p = PACKAGE.matcher(drl);
    String pkg = p.find() ? p.group(1) : "";
    Matcher rule = RULE.matcher(drl);
    while (rule.find()) {
      int start = rule.end();
      Matcher when = WHEN.matcher(drl);
      int end = when.find(start) ? when.start() : drl.length();
      Map<String, String> values = new LinkedHashMap<>();
      Matcher a = ANNOTATION.matcher(drl).region(start, end);
      while (a.find()) {
        values.putIfAbsent(a.group(1), unescape(a.group(2)));
      }
      out.put(Findings.ruleKey(pkg, unescape(rule.group(1))), values);
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replaceAll("\\\\(.)", "$1");
  }
}
