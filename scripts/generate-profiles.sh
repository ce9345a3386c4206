#!/usr/bin/env bash
# Writes N newline-delimited usage profiles (default 200000) to standard output, for `evaluate` runs:
# models, sizes, purposes and duties vary, every 1000th line is invalid and every 500th is blank.
set -euo pipefail
awk -v n="${1:-200000}" 'BEGIN {
  split("llama-2-7b llama-2-70b-chat mixtral-8x7b falcon-7b qwen2.5-7b mistral-7b-v0.1 gpt-4o gemma-7b", models, " ")
  split("general-assistant customer-support code-generation internal-tools research medical-advice military", purposes, " ")
  split("company individual academic nonprofit government", types, " ")
  split("US DE FR JP BR IN", countries, " ")
  split("true false", bools, " ")
  for (i = 1; i <= n; i++) {
    if (i % 1000 == 0) { print "{\"model\": \"llama-2-7b\", \"licensee\": {\"monthlyActiveUser\": " i "}}"; continue }
    if (i % 500 == 0) { print ""; continue }
    printf "{\"model\":\"%s\",\"licensee\":{\"type\":\"%s\",\"country\":\"%s\",\"monthlyActiveUsers\":%d},", \
      models[i % 8 + 1], types[i % 5 + 1], countries[i % 6 + 1], (i * 7919) % 1000000007
    printf "\"use\":{\"commercial\":%s,\"purposes\":[\"%s\"],\"accessMode\":\"%s\",\"offersAsHostedService\":%s},", \
      bools[i % 2 + 1], purposes[i % 7 + 1], (i % 3 ? "weights" : "api"), bools[int(i / 2) % 2 + 1]
    printf "\"modification\":{\"finetunes\":%s,\"redistributesWeights\":%s,\"usesOutputsToTrainOtherModels\":%s},", \
      bools[int(i / 3) % 2 + 1], bools[int(i / 5) % 2 + 1], bools[int(i / 7) % 2 + 1]
    printf "\"compliance\":{\"includesLicenseCopy\":%s}}\n", bools[int(i / 11) % 2 + 1]
  }
}'
