# Sourced by the benchmarks: sets aot_java to a java of JDK 25 or later (AOT_JAVA, or the newest under
# /usr/lib/jvm), the JDK the image runs on and the first with the AOT cache; empty when there is none.
aot_java="${AOT_JAVA:-}"
if [[ -z "$aot_java" ]]; then
  for release in /usr/lib/jvm/*/release; do
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
    if (( ${major:-0} >= 25 )) && [[ -x "$(dirname "$release")/bin/java" ]]; then aot_java="$(dirname "$release")/bin/java"; fi
  done
fi
