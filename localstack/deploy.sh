#!/usr/bin/env bash
# Deploys Rocky's stack to the running LocalStack with cdklocal (npm aws-cdk-local, which points
# the pinned CDK CLI at http://localhost:4566), then uploads the playground as the run snapshot.
# Needs: a JDK 21+, npm, the aws CLI (for the upload); LocalStack started by ./start.sh.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
export CDK_DEFAULT_ACCOUNT=000000000000 CDK_DEFAULT_REGION="$AWS_DEFAULT_REGION"
(cd "$root" && ./mvnw -q -pl infra/cdk,infra/lambda-bundle -am package -DskipTests)
"$root/infra/cdk/install.sh"
cdklocal=(npx --yes aws-cdk-local@3.0.4)
cd "$root/infra/cdk"
export AWS_ENDPOINT_URL=http://localhost:4566
"${cdklocal[@]}" bootstrap "aws://000000000000/$AWS_DEFAULT_REGION"
"${cdklocal[@]}" deploy Rocky --require-approval never --outputs-file "$here/outputs.json"
# The playground project, zipped, as the snapshot scheduled and API runs compile.
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
"$root/bin/rocky" playground "$tmp/demo" >/dev/null
(cd "$tmp/demo" && zip -qr "$tmp/project.zip" .)
bucket="$(jq -r .Rocky.ArtifactBucket "$here/outputs.json")"
aws --endpoint-url "$AWS_ENDPOINT_URL" s3 cp "$tmp/project.zip" "s3://$bucket/snapshots/main.zip"
echo "deployed to LocalStack; outputs in localstack/outputs.json" >&2
