import {
  compilePolicySet,
  evaluateCompiled,
  unnamedResource,
  type EvaluationRequest,
} from '../../engine/index';
import type { Command } from '../command';
import { EXIT, formatBytes, UsageError } from '../cli-errors';
import { BUNDLE_FILE_MAX_BYTES } from '../read-input';
import { formatEvaluation, locatorFor } from '../format/format-evaluation';
import { contextOptions, loadPolicySet, scpLevelOption } from '../policy-set-options';
import { parseContextArgs } from '../request-args';
import { runBatch } from './evaluate-batch';

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'decide whether a request is allowed, and explain why',
  usage:
    'evaluate --policy FILE... [--scp-level FILE[,FILE...]]... --action A [--resource URN] ' +
    '[--context KEY=VALUE]... [--unknown-context]\n       policy-workbench evaluate --batch FILE.jsonl|-',
  details: [
    'Each --scp-level is one level of the SCP chain, from the root down to the account; the\n' +
      'SCPs of one level are separated by commas. Without --scp-level the principal is not\n' +
      'governed by SCPs.',
    'Repeating --context with the same KEY makes a multi-valued key (values in order);\n' +
      'a comma inside VALUE is part of the value.',
    "Without --resource the request is about some resource of the action's required resource\n" +
      'types, as the API matrix asks (an action without resource types: `*`); the catalogs say\n' +
      'which types those are. --resource * asks about `*` itself.',
    '--unknown-context treats context keys that are not given (and a resource given as *) as\n' +
      'unknown instead of absent; the decision may then be `conditional`, with the conditions\n' +
      'that are left open.',
    'Exit codes: 0 allow; 1 explicit-deny, implicit-deny, denied-by-scp or conditional (not\n' +
      'allowed unconditionally); 64 bad input.',
    "An action and its aliases are the same action: a pattern matching one of the action's\n" +
      'catalog aliases applies to it (for SCPs this is assumption scp-action-aliases).',
    '--batch reads one JSON object a line: {"id", "identityPolicies": [...], "scps": [[root...],\n' +
      '..., [account...]] | [], "request": {"action", "aliases", "resource", "context"},\n' +
      '"options": {"unknownContext"}}; "aliases" (optional) replaces the catalogs\' aliases of\n' +
      'the action, and a request without "resource" is about `*`, as written. It writes one\n' +
      'JSON line each, in order: {"id", "decision", "decisive", "summary", "residual",\n' +
      '"assumptions", "problems"}, or {"id", "error"} for a line that cannot be answered\n' +
      `(malformed, longer than ${formatBytes(BUNDLE_FILE_MAX_BYTES)}, or holding a policy that is\n` +
      'not a JSON object) and goes on with the next line; exit 64 at the end when there was\n' +
      'one (70 when the engine failed on one).',
  ],
  options: {
    policy: {
      type: 'string',
      multiple: true,
      greedy: true,
      valueName: 'FILE',
      description: 'identity policy files (all apply)',
    },
    'scp-level': scpLevelOption,
    action: { type: 'string', valueName: 'A', description: 'the requested action' },
    resource: {
      type: 'string',
      valueName: 'URN',
      description: "the resource URN (default: some resource of the action's types)",
    },
    ...contextOptions,
    batch: {
      type: 'string',
      valueName: 'FILE.jsonl|-',
      description: 'evaluate JSON lines from a file or standard input',
    },
  },
  positionals: { name: 'nothing', min: 0, max: 0 },
  async run({ io, args, json, catalogs }) {
    const batch = args.string('batch');
    if (batch !== undefined) {
      const clash = [
        'policy',
        'scp-level',
        'action',
        'resource',
        'context',
        'unknown-context',
      ].find((name) => args.strings(name).length > 0 || args.flag(name));
      if (clash)
        throw new UsageError(
          `\`--batch\` takes its policies and requests from the file, not \`--${clash}\``,
        );
      return runBatch(io, batch, (await catalogs()).services);
    }
    const policyPaths = args.requiredStrings('policy');
    const action = args.requiredString('action');
    const context = parseContextArgs(args.strings('context'));
    const set = await loadPolicySet(io, policyPaths, args.strings('scp-level'));
    // The catalogs hold the aliases the action answers to and, when no resource is named, the
    // resource types it is asked about.
    const { services } = await catalogs();
    const compiled = compilePolicySet({ ...set, catalogs: services });
    const resource = args.string('resource');
    const request: EvaluationRequest = {
      action,
      context,
      ...(resource !== undefined
        ? { resource }
        : unnamedResource(services, compiled.model, action)),
    };
    const result = evaluateCompiled(compiled, request, {
      unknownContext: args.flag('unknown-context'),
    });
    if (json) {
      io.stdout(JSON.stringify(result) + '\n');
    } else {
      io.stdout(formatEvaluation(result, locatorFor(set.texts), request));
    }
    return result.decision === 'allow' ? EXIT.ok : EXIT.denied;
  },
};
