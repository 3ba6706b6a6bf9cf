#!/usr/bin/env bash
# The CDK app command (cdk.json "app"): runs dev.rocky.infra.RockyApp on a JDK >= 21 with the class
# path Maven wrote at package time (target/classpath.txt). Build first:
#   ./mvnw -q -pl infra/cdk -am package -DskipTests
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cp_file="$here/target/classpath.txt"
if [[ ! -f "$cp_file" || ! -d "$here/target/classes/dev/rocky/infra" ]]; then
  echo "rocky infra: the CDK app is not built; run ./mvnw -q -pl infra/cdk -am package -DskipTests" >&2
  exit 1
fi
jdk="$("$here/../../.mvn/find-jdk")"
exec "$jdk/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
  -cp "$here/target/classes:$(cat "$cp_file")" dev.rocky.infra.RockyApp
