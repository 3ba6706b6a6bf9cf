// Runs one of Rocky's state machines in aws-local-stepfunctions, every Task overridden to do what
// Step Functions would do, with the work done by the real Java handlers behind a loopback bridge:
//
//   arn:aws:states:::lambda:invoke                  POST <bridge>/functions/<name> with the Payload;
//                                                   the answer comes back as {Payload, StatusCode, ...},
//                                                   a function error is thrown with its errorType as
//                                                   the error name and Lambda's JSON as the cause
//   arn:aws:states:::states:startExecution.sync:2   runs the named child definition in this interpreter;
//                                                   {Output (JSON), Status, ...}, or States.TaskFailed
//   arn:aws:states:::states:startExecution          starts it without waiting ({ExecutionArn, StartDate});
//                                                   the harness waits for it before it reports
//
// ${...} substitutions (as the CDK app fills them) name the function or child state machine:
// spec.functions maps a substitution to a bridge function, spec.stateMachines to a definition file.
//
// Input (stdin, JSON): {definition, input, bridge, functions, stateMachines, retryIntervalMs, name}
// Output (stdout, JSON): the outcome and what the run measured: the largest state input/output and
// task payloads (Step Functions' limit is 256 KB each), each execution's event count and an estimate
// of its Step Functions history (limit 25,000 events), retries, Map items, calls per function.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { StateMachine } from 'aws-local-stepfunctions';

const LAMBDA_INVOKE = 'arn:aws:states:::lambda:invoke';
const START_EXECUTION_SYNC = 'arn:aws:states:::states:startExecution.sync:2';
const START_EXECUTION = 'arn:aws:states:::states:startExecution';
const detached = [];
const ACCOUNT = 'arn:aws:states:us-east-1:000000000000';

const spec = JSON.parse(readFileSync(0, 'utf8'));
const here = dirname(resolve(spec.definition));
const stats = {
  maxStateBytes: 0, maxStateBytesAt: '', maxTaskPayloadBytes: 0, maxTaskResultBytes: 0,
  calls: {}, retries: {}, maps: {}, executions: [],
};

function bytes(value) {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function substitution(value, what) {
  const m = /^\$\{(\w+)\}$/.exec(String(value));
  if (!m) throw new Error(`${what} ${value} is not a \${...} substitution`);
  return m[1];
}

/** Every Task state (by name, through Map and Parallel states), and each Map's iterator end states. */
function walk(definition, found = { tasks: {}, ends: {} }, map = null) {
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Task') found.tasks[name] = state;
    if (map && (state.End || state.Type === 'Succeed')) found.ends[name] = map;
    if (state.Type === 'Map') walk(state.ItemProcessor ?? state.Iterator, found, name);
    if (state.Type === 'Parallel') state.Branches.forEach((b) => walk(b, found, map));
  }
  return found;
}

async function invokeFunction(variable, payload) {
  const fn = spec.functions[variable];
  if (!fn) throw new Error(`no function for \${${variable}} in the harness spec`);
  stats.calls[fn] = (stats.calls[fn] ?? 0) + 1;
  stats.maxTaskPayloadBytes = Math.max(stats.maxTaskPayloadBytes, bytes(payload));
  const response = await fetch(`${spec.bridge}/functions/${fn}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload ?? {}),
  });
  const text = await response.text();
  stats.maxTaskResultBytes = Math.max(stats.maxTaskResultBytes, Buffer.byteLength(text, 'utf8'));
  const body = JSON.parse(text);
  if (response.headers.get('x-amz-function-error')) {
    const error = new Error(text);
    error.name = body.errorType;
    throw error;
  }
  return body;
}

function taskHandler(state, executionId) {
  if (state.Resource === LAMBDA_INVOKE) {
    return async (input) => {
      const payload = await invokeFunction(substitution(input.FunctionName, 'FunctionName'), input.Payload);
      return {
        ExecutedVersion: '$LATEST', Payload: payload, StatusCode: 200,
        SdkHttpMetadata: { HttpStatusCode: 200 }, SdkResponseMetadata: { RequestId: randomUUID() },
      };
    };
  }
  if (state.Resource === START_EXECUTION) {
    return async (input) => {
      const { definition, variable } = child(input);
      const name = randomUUID();
      detached.push(run(definition, input.Input, variable, name, executionId));
      return { ExecutionArn: `${ACCOUNT}:execution:${variable}:${name}`, StartDate: Date.now() };
    };
  }
  if (state.Resource === START_EXECUTION_SYNC) {
    return async (input) => {
      const { definition, variable } = child(input);
      const name = randomUUID();
      const started = new Date();
      const outcome = await run(definition, input.Input, variable, name, executionId);
      const description = {
        ExecutionArn: `${ACCOUNT}:execution:${variable}:${name}`, StateMachineArn: `${ACCOUNT}:stateMachine:${variable}`,
        Name: name, StartDate: started.getTime(), StopDate: Date.now(), Status: outcome.status,
      };
      if (outcome.status !== 'SUCCEEDED') {
        const error = new Error(JSON.stringify({ ...description, Error: outcome.error, Cause: outcome.cause }));
        error.name = 'States.TaskFailed';
        throw error;
      }
      return { ...description, Output: outcome.output, OutputDetails: { Included: true } };
    };
  }
  const variable = substitution(state.Resource, 'Resource');
  return (input) => invokeFunction(variable, input);
}

/** The definition a startExecution task names by its StateMachineArn substitution. */
function child(input) {
  const variable = substitution(input.StateMachineArn, 'StateMachineArn');
  const file = spec.stateMachines[variable];
  if (!file) throw new Error(`no definition for \${${variable}} in the harness spec`);
  return { definition: JSON.parse(readFileSync(resolve(here, file), 'utf8')), variable };
}

/** Runs one execution to its end; counts its events and measures its payloads. */
async function run(definition, input, label, name, parentId) {
  const executionId = `${ACCOUNT}:execution:${label}:${name}`;
  const found = walk(definition);
  const overrides = { taskResourceLocalHandlers: {}, retryIntervalOverrides: {} };
  for (const [stateName, state] of Object.entries(found.tasks)) {
    overrides.taskResourceLocalHandlers[stateName] = taskHandler(state, executionId);
  }
  if (spec.retryIntervalMs !== null && spec.retryIntervalMs !== undefined) {
    for (const stateName of Object.keys(found.tasks)) overrides.retryIntervalOverrides[stateName] = spec.retryIntervalMs;
  }
  const machine = new StateMachine(definition, { validationOptions: { checkArn: false } });
  const execution = machine.run(input, {
    overrides,
    context: { Execution: { Id: executionId, Name: name, RoleArn: `${ACCOUNT}:role/rocky` }, StateMachine: { Id: label } },
  });
  const counts = { events: 0, awsHistoryEstimate: 0, taskEntries: 0 };
  const consumed = (async () => {
    for await (const event of execution.eventLogs) {
      counts.events++;
      counts.awsHistoryEstimate += historyEvents(event, found);
      measure(event, found);
    }
  })();
  let outcome;
  try {
    outcome = { status: 'SUCCEEDED', output: await execution.result };
  } catch (e) {
    const failure = e.cause ?? e;
    outcome = { status: 'FAILED', error: failure.name, cause: failure.message };
  }
  await consumed;
  stats.executions.push({ label, name, parent: parentId ?? null, status: outcome.status, ...counts });
  return outcome;
}

/** Step Functions history events behind one interpreter event (an estimate; see the README). */
function historyEvents(event, found) {
  switch (event.type) {
    case 'StateEntered':
      if (event.state.type === 'Task') {
        const resource = found.tasks[event.state.name]?.Resource;
        return 1 + 3 + (resource === START_EXECUTION_SYNC ? 1 : 0); // Scheduled, Started, (Submitted), Succeeded
      }
      return event.state.type === 'Map' ? 1 + 2 : 1; // MapStateStarted, MapStateSucceeded
    case 'StateRetried':
      return 3;
    case 'StateFailed':
    case 'StateCaught':
      return 0;
    default:
      return 1;
  }
}

function measure(event, found) {
  if (event.type === 'StateRetried') {
    stats.retries[event.state.name] = (stats.retries[event.state.name] ?? 0) + 1;
  }
  if (event.type !== 'StateEntered' && event.type !== 'StateExited') return;
  const value = event.type === 'StateEntered' ? event.state.input : event.state.output;
  const size = bytes(value);
  if (size > stats.maxStateBytes) {
    stats.maxStateBytes = size;
    stats.maxStateBytesAt = `${event.type} ${event.state.name}`;
  }
  const map = found.ends[event.state.name];
  if (map && event.type === 'StateExited') {
    const m = (stats.maps[map] ??= { maxItems: 0, maxIterationOutputBytes: 0, iterations: 0 });
    m.maxIterationOutputBytes = Math.max(m.maxIterationOutputBytes, size);
    m.iterations++;
  }
  if (event.type === 'StateEntered' && event.state.type === 'Map') {
    const items = itemsOf(found, event.state.name, event.state.input);
    const m = (stats.maps[event.state.name] ??= { maxItems: 0, maxIterationOutputBytes: 0, iterations: 0 });
    m.maxItems = Math.max(m.maxItems, items);
  }
}

/** How many items a Map state iterates: its ItemsPath, a plain $.a.b path, on its input. */
function itemsOf(found, mapName, input) {
  const path = mapItemsPaths[mapName] ?? '$';
  let value = input;
  for (const key of path.replace(/^\$\.?/, '').split('.').filter(Boolean)) value = value?.[key];
  return Array.isArray(value) ? value.length : 0;
}

const mapItemsPaths = {};
function collectItemsPaths(definition) {
  for (const [name, state] of Object.entries(definition.States)) {
    if (state.Type === 'Map') {
      mapItemsPaths[name] = state.ItemsPath ?? '$';
      collectItemsPaths(state.ItemProcessor ?? state.Iterator);
    }
    if (state.Type === 'Parallel') state.Branches.forEach(collectItemsPaths);
  }
}

const root = JSON.parse(readFileSync(spec.definition, 'utf8'));
collectItemsPaths(root);
for (const file of Object.values(spec.stateMachines ?? {})) collectItemsPaths(JSON.parse(readFileSync(resolve(here, file), 'utf8')));
const outcome = await run(root, spec.input, spec.label ?? 'root', spec.name ?? randomUUID(), null);
const started = [];
while (detached.length > 0) started.push(await detached.shift());
process.stdout.write(JSON.stringify({ ...outcome, detached: started, stats }) + '\n');
