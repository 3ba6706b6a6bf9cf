// Validates state machine definitions with asl-validator (JSONPath checks and ARN checks on),
// and refuses what aws-local-stepfunctions cannot run: JSONata, Assign, distributed Map fields,
// HeartbeatSeconds. Prints one JSON line: [{file, valid, errors}]; exit 1 when any is invalid.
import { readFileSync } from 'node:fs';
import aslValidator from 'asl-validator';

const UNSUPPORTED = ['QueryLanguage', 'Assign', 'ItemReader', 'ItemBatcher', 'ResultWriter',
  'ToleratedFailureCount', 'ToleratedFailurePercentage', 'ToleratedFailureCountPath',
  'ToleratedFailurePercentagePath', 'HeartbeatSeconds', 'HeartbeatSecondsPath', 'Arguments', 'Output'];

function unsupported(node, path, found) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => unsupported(v, `${path}[${i}]`, found));
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const inPayload = /\/(Parameters|ItemSelector|ResultSelector|Result)(\/|$)/.test(path);
      if (!inPayload && UNSUPPORTED.includes(key)) found.push(`${path}/${key}: not supported by aws-local-stepfunctions`);
      if (!inPayload && key === 'ProcessorConfig' && value?.Mode === 'DISTRIBUTED') found.push(`${path}/${key}: distributed Map`);
      unsupported(value, `${path}/${key}`, found);
    }
  }
  return found;
}

const results = process.argv.slice(2).map((file) => {
  const definition = JSON.parse(readFileSync(file, 'utf8'));
  const extra = unsupported(definition, '', []);
  const { isValid, errors } = aslValidator(structuredClone(definition), { checkPaths: true, checkArn: true });
  return { file, valid: isValid && extra.length === 0, errors: [...errors.map((e) => e.message ?? String(e)), ...extra] };
});
process.stdout.write(JSON.stringify(results) + '\n');
process.exit(results.every((r) => r.valid) ? 0 : 1);
