#!/usr/bin/env bash
# Compiles the main and benchmark classes (Maven profile `bench`) and prints the classpath to run them with.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -B -q -Pbench compile >&2
mvn -B -q -Pbench dependency:build-classpath -Dmdep.outputFile="$cp_file" >&2
echo "$PWD/target/classes:$(cat "$cp_file")"
