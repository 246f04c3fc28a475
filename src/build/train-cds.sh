#!/bin/sh
# Makes the class-data archive (AppCDS) that bin/namndkoll starts with. Run by the build at
# `package`: unpacks the jar as Spring Boot lays it out for CDS, runs the commands people run most
# (ingest, search, show, stats, check, rules, parse, help) once in one shell session on the sample
# archive while the JVM lists the classes it loads, then dumps those classes into an archive that
# later runs map instead of loading. The archive belongs to the JDK that made it; bin/namndkoll
# falls back to loading the classes when it does not match.
#
# Lambda proxies are left out of the list: JDK 17.0.15 crashes while archiving them
# (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary), dynamic archive or static.
set -eu
target="$(cd "$1" && pwd)"
project="$(cd "$target/.." && pwd)"
cds="$target/cds"
rm -rf "$cds"
java -Djarmode=tools -jar "$target/namndkoll.jar" extract --destination "$cds" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! printf '%s\n' \
  "ingest $project/corpus --index $work/index" \
  "search barn --index $work/index" \
  "search dnr:2026-00021 --index $work/index --format json" \
  "stats --index $work/index" \
  "check $project/corpus --rules $project/rules --format json" \
  "check $project/corpus --rules $project/rules --format html --out $work/rapport.html" \
  "check $project/corpus --rules $project/rules" \
  "rules list --rules $project/rules" \
  "rules explain BKA-MISSING --rules $project/rules" \
  "parse $project/corpus/ifn-2026-03-10-kallelse.pdf --format json" \
  "help check" \
  "version" \
  "exit" \
  | NAMNDKOLL_LOG="$work/train.log" NAMNDKOLL_HISTORY="$work/history" NAMNDKOLL_CACHE="$work/cache" \
    java -Dspring.aot.enabled=true -XX:DumpLoadedClassList="$work/classes.all" -jar "$cds/namndkoll.jar" >/dev/null 2>&1
then
  echo "WARNING: the training run failed (see its log); bin/namndkoll starts without a class-data archive"
  exit 0
fi
grep -v '^@lambda-proxy' "$work/classes.all" > "$work/classes"
if java -Xshare:dump -XX:SharedClassListFile="$work/classes" -XX:SharedArchiveFile="$cds/namndkoll.jsa" \
    -Xlog:disable -jar "$cds/namndkoll.jar" >/dev/null 2>&1; then
  echo "class-data archive: $cds/namndkoll.jsa ($(wc -l < "$work/classes") classes)"
else
  # bin/namndkoll runs without it, only slower to start
  rm -f "$cds/namndkoll.jsa"
  echo "WARNING: no class-data archive could be made with this JDK; bin/namndkoll starts without it"
fi
